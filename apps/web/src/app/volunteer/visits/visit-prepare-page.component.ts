import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { MyVolunteeringApiService } from '../../shared/api/my-volunteering-api.service';
import { toUiError, errorKeyOf } from '../../shared/errors/error-message';
import type { TranslationKey } from '../../shared/i18n/fr';
import { TranslatePipe } from '../../shared/i18n/translate.pipe';
import { TranslationService } from '../../shared/i18n/translation.service';
import { formatDate } from '../../shared/learning/course-format';
import { MarkdownComponent } from '../../shared/learning/markdown.component';
import { AlertComponent } from '../../shared/ui/alert.component';
import { LoadingComponent } from '../../shared/ui/loading.component';
import { PageHeaderComponent } from '../../shared/ui/page-header.component';
import { VolunteerProfileFormComponent } from '../../shared/visits/volunteer-profile-form.component';
import { AvailabilityEditorComponent } from '../../shared/visits/availability-editor.component';

/**
 * Before home visits: where the volunteer stands (eligibility), the charter to sign, where and how
 * they travel (profile), availability.
 */
@Component({
  selector: 'pa-visit-prepare-page',
  imports: [
    RouterLink,
    TranslatePipe,
    PageHeaderComponent,
    LoadingComponent,
    AlertComponent,
    MarkdownComponent,
    AvailabilityEditorComponent,
    VolunteerProfileFormComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p>
      <a class="back-link" routerLink="..">{{ 'visits.back' | t }}</a>
    </p>
    <pa-page-header [heading]="'visits.prepare.heading' | t" [lead]="'visits.prepare.lead' | t" />

    <section class="section" aria-labelledby="eligibility-title">
      <h2 id="eligibility-title">{{ 'visits.eligibility.heading' | t }}</h2>
      @if (eligibility.isLoading() && !eligibility.hasValue()) {
        <pa-loading />
      } @else if (eligibilityErrorKey(); as key) {
        <pa-alert kind="error"
          ><p>{{ key | t }}</p></pa-alert
        >
      } @else if (eligibility.hasValue()) {
        @let e = eligibility.value();
        @if (e.eligible) {
          <pa-alert kind="success"
            ><p>{{ 'visits.eligibility.ok' | t }}</p></pa-alert
          >
        } @else {
          <p>{{ 'visits.eligibility.notYet' | t }}</p>
          <ul class="plain-list">
            @if (!e.active) {
              <li>{{ 'visits.eligibility.inactive' | t }}</li>
            }
            @if (!e.charterSigned) {
              <li>{{ 'visits.eligibility.charterMissing' | t }}</li>
            }
            @for (training of e.missingTrainings; track training.courseId) {
              <li>
                {{ 'visits.eligibility.trainingMissing' | t }}
                <a [routerLink]="['/benevole/formations', training.courseId]">{{ training.title }}</a>
              </li>
            }
          </ul>
        }
      }
    </section>

    <section class="section" aria-labelledby="charter-title">
      <h2 id="charter-title">{{ 'visits.charter.heading' | t }}</h2>
      @if (charter.isLoading() && !charter.hasValue()) {
        <pa-loading />
      } @else if (charterErrorKey(); as key) {
        <pa-alert kind="error"
          ><p>{{ key | t }}</p></pa-alert
        >
      } @else if (charter.hasValue()) {
        @let c = charter.value();
        <h3>{{ c.title }}</h3>
        <!-- the text scrolls inside its box: keyboard users reach it too -->
        <div class="prose charter-text" tabindex="0" role="region" [attr.aria-label]="c.title">
          <pa-markdown [markdown]="c.text" />
        </div>
        @if (c.signedAt) {
          <pa-alert kind="success"
            ><p id="charter-signed" tabindex="-1">
              {{ 'visits.charter.signedOn' | t: { date: date(c.signedAt) } }}
            </p></pa-alert
          >
        } @else {
          <form class="form" novalidate (submit)="$event.preventDefault(); sign(c.version)">
            <div class="field" [class.field--invalid]="acceptError()">
              @if (acceptError()) {
                <p class="field__error" id="charter-accept-error">
                  {{ 'visits.charter.acceptRequired' | t }}
                </p>
              }
              <div class="radio">
                <input
                  type="checkbox"
                  id="charter-accept"
                  [checked]="accepted()"
                  [attr.aria-invalid]="acceptError() ? true : null"
                  [attr.aria-describedby]="acceptError() ? 'charter-accept-error' : null"
                  (change)="accepted.set($any($event.target).checked)"
                />
                <label for="charter-accept">{{ 'visits.charter.accept' | t }}</label>
              </div>
            </div>
            @if (signErrorKey(); as key) {
              <pa-alert kind="error"
                ><p>{{ key | t }}</p></pa-alert
              >
            }
            <div class="actions">
              <button type="submit" class="button button--primary" [disabled]="signing()">
                {{ (signing() ? 'common.saving' : 'visits.charter.sign') | t }}
              </button>
            </div>
          </form>
        }
      }
    </section>

    <pa-volunteer-profile-form />

    <pa-availability-editor />
  `,
})
export class VisitPreparePageComponent {
  private readonly api = inject(MyVolunteeringApiService);
  private readonly i18n = inject(TranslationService);

  protected readonly eligibility = rxResource({ stream: () => this.api.eligibility() });
  protected readonly charter = rxResource({ stream: () => this.api.charter() });
  protected readonly eligibilityErrorKey = errorKeyOf(this.eligibility);
  protected readonly charterErrorKey = errorKeyOf(this.charter);

  protected readonly accepted = signal(false);
  protected readonly acceptError = signal(false);
  protected readonly signing = signal(false);
  protected readonly signErrorKey = signal<TranslationKey | null>(null);

  protected date(iso: string): string {
    return formatDate(iso, this.i18n.language());
  }

  protected sign(version: number): void {
    if (!this.accepted()) {
      this.acceptError.set(true);
      document.getElementById('charter-accept')?.focus();
      return;
    }
    this.acceptError.set(false);
    this.signErrorKey.set(null);
    this.signing.set(true);
    this.api.signCharter(version).subscribe({
      next: () => {
        this.signing.set(false);
        this.charter.reload();
        this.eligibility.reload();
      },
      error: (error: unknown) => {
        this.signing.set(false);
        this.signErrorKey.set(toUiError(error).messageKey);
      },
    });
  }
}
