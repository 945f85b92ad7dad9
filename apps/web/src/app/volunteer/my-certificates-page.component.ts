import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import type { Certificate } from '@passerelle/contracts';
import { LearningApiService } from '../shared/api/learning-api.service';
import { toUiError, errorKeyOf } from '../shared/errors/error-message';
import type { TranslationKey } from '../shared/i18n/fr';
import { TranslatePipe } from '../shared/i18n/translate.pipe';
import { TranslationService } from '../shared/i18n/translation.service';
import { CertificateDownloadService } from '../shared/learning/certificate-download.service';
import { formatDate, formatDuration } from '../shared/learning/course-format';
import { AlertComponent } from '../shared/ui/alert.component';
import { EmptyStateComponent } from '../shared/ui/empty-state.component';
import { LoadingComponent } from '../shared/ui/loading.component';
import { PageHeaderComponent } from '../shared/ui/page-header.component';

@Component({
  selector: 'pa-my-certificates-page',
  imports: [
    RouterLink,
    TranslatePipe,
    PageHeaderComponent,
    LoadingComponent,
    AlertComponent,
    EmptyStateComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <pa-page-header [heading]="'certificates.heading' | t" [lead]="'certificates.intro' | t" />
    @if (downloadError(); as key) {
      <pa-alert kind="error"
        ><p>{{ key | t }}</p></pa-alert
      >
    }
    @if (certificates.isLoading()) {
      <pa-loading />
    } @else if (errorKey(); as key) {
      <pa-alert kind="error"
        ><p>{{ key | t }}</p></pa-alert
      >
    } @else if (list().length === 0) {
      <pa-empty-state [heading]="'certificates.empty.title' | t" [text]="'certificates.empty.text' | t">
        <a class="button button--primary" routerLink="/benevole/formations">{{
          'nav.volunteer.trainings' | t
        }}</a>
      </pa-empty-state>
    } @else {
      <ul class="cards">
        @for (certificate of list(); track certificate.id) {
          <li class="card">
            <h2 class="card__title">{{ certificate.courseTitle }}</h2>
            <dl class="facts">
              <div>
                <dt>{{ 'certificates.issuedAt' | t }}</dt>
                <dd>{{ date(certificate.issuedAt) }}</dd>
              </div>
              <div>
                <dt>{{ 'training.facts.duration' | t }}</dt>
                <dd>{{ duration(certificate.durationMinutes) }}</dd>
              </div>
              <div>
                <dt>{{ 'certificates.code' | t }}</dt>
                <dd class="code">{{ certificate.code }}</dd>
              </div>
            </dl>
            <div class="course-card__actions">
              <button
                type="button"
                class="button button--primary button--block"
                [disabled]="downloading() === certificate.id"
                (click)="download(certificate)"
              >
                {{ 'certificates.download' | t
                }}<span class="visually-hidden"> : {{ certificate.courseTitle }}</span>
              </button>
              <a
                class="button button--secondary button--block"
                [routerLink]="['/verifier', certificate.code]"
                >{{ 'certificates.verifyLink' | t }}</a
              >
            </div>
          </li>
        }
      </ul>
    }
  `,
})
export class MyCertificatesPageComponent {
  private readonly api = inject(LearningApiService);
  private readonly downloader = inject(CertificateDownloadService);
  private readonly i18n = inject(TranslationService);

  protected readonly certificates = rxResource({ stream: () => this.api.myCertificates() });
  protected readonly list = computed(() => (this.certificates.hasValue() ? this.certificates.value() : []));
  protected readonly errorKey = errorKeyOf(this.certificates);
  protected readonly downloading = signal<string | null>(null);
  protected readonly downloadError = signal<TranslationKey | null>(null);
  protected readonly duration = formatDuration;

  protected date(iso: string): string {
    return formatDate(iso, this.i18n.language());
  }

  protected download(certificate: Certificate): void {
    this.downloading.set(certificate.id);
    this.downloadError.set(null);
    this.downloader.download(certificate).subscribe({
      next: () => this.downloading.set(null),
      error: (error: unknown) => {
        this.downloading.set(null);
        this.downloadError.set(toUiError(error).messageKey);
      },
    });
  }
}
