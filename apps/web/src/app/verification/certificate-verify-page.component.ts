import { HttpErrorResponse } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  linkedSignal,
  signal,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { Router } from '@angular/router';
import { LearningApiService } from '../shared/api/learning-api.service';
import { toUiError } from '../shared/errors/error-message';
import { TranslatePipe } from '../shared/i18n/translate.pipe';
import { FORM_FIELD } from '../shared/ui/form-field.component';
import { TranslationService } from '../shared/i18n/translation.service';
import { formatDate, formatDuration } from '../shared/learning/course-format';
import { AlertComponent } from '../shared/ui/alert.component';
import { LoadingComponent } from '../shared/ui/loading.component';

/** The contract's CertificateCodeParamsSchema rule, restated to answer at once without a call. */
const CODE_PATTERN = /^[A-Z0-9-]{6,20}$/;

function normalise(code: string): string {
  return code.trim().toUpperCase();
}

/** Public: anyone holding an attestation (an employer, a centre) can check it is genuine. */
@Component({
  selector: 'pa-certificate-verify-page',
  imports: [TranslatePipe, LoadingComponent, AlertComponent, FORM_FIELD],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="narrow">
      <h1>{{ 'verify.heading' | t }}</h1>
      <p class="lead">{{ 'verify.intro' | t }}</p>

      <form class="form" novalidate (submit)="submit($event)">
        <pa-field
          fieldId="verify-code"
          label="verify.code"
          hint="verify.codeHint"
          [error]="emptyError() ? 'verify.codeRequired' : null"
        >
          <input
            paFieldControl
            class="input input--medium"
            type="text"
            autocomplete="off"
            autocapitalize="characters"
            spellcheck="false"
            [value]="draft()"
            (input)="typed($event)"
          />
        </pa-field>
        <button type="submit" class="button button--primary">{{ 'verify.submit' | t }}</button>
      </form>

      <div class="section" aria-live="polite">
        @if (verification.isLoading()) {
          <pa-loading />
        } @else if (errorKey(); as key) {
          <pa-alert kind="error"
            ><p>{{ key | t }}</p></pa-alert
          >
        } @else if (certificate(); as c) {
          <section class="verify-result" aria-labelledby="verify-valid">
            <h2 id="verify-valid" class="verify-result__title">{{ 'verify.valid' | t }}</h2>
            <dl class="details">
              <div class="details__row">
                <dt>{{ 'verify.learner' | t }}</dt>
                <dd>{{ c.learnerName }}</dd>
              </div>
              <div class="details__row">
                <dt>{{ 'verify.course' | t }}</dt>
                <dd>{{ c.courseTitle }}</dd>
              </div>
              <div class="details__row">
                <dt>{{ 'verify.centre' | t }}</dt>
                <dd>{{ c.centreName }}</dd>
              </div>
              <div class="details__row">
                <dt>{{ 'verify.date' | t }}</dt>
                <dd>{{ date(c.issuedAt) }}</dd>
              </div>
              <div class="details__row">
                <dt>{{ 'verify.duration' | t }}</dt>
                <dd>{{ duration(c.durationMinutes) }}</dd>
              </div>
              <div class="details__row">
                <dt>{{ 'verify.competences' | t }}</dt>
                <dd>
                  @if (c.competences.length === 0) {
                    {{ 'common.notProvided' | t }}
                  } @else {
                    <ul class="plain-list">
                      @for (competence of c.competences; track competence.code) {
                        <li>{{ competence.code }} — {{ competence.title }}</li>
                      }
                    </ul>
                  }
                </dd>
              </div>
              <div class="details__row">
                <dt>{{ 'verify.code' | t }}</dt>
                <dd class="code">{{ c.code }}</dd>
              </div>
            </dl>
          </section>
        } @else if (notFound()) {
          <pa-alert kind="error"
            ><p>{{ 'verify.invalid' | t }}</p></pa-alert
          >
        }
      </div>
    </div>
  `,
})
export class CertificateVerifyPageComponent {
  private readonly api = inject(LearningApiService);
  private readonly router = inject(Router);
  private readonly i18n = inject(TranslationService);

  /** Route parameter, from the attestation's QR code or link. */
  readonly code = input<string>();

  protected readonly draft = linkedSignal(() => this.code() ?? '');
  protected readonly emptyError = signal(false);
  private readonly checkedCode = computed(() => {
    const code = normalise(this.code() ?? '');
    return CODE_PATTERN.test(code) ? code : undefined;
  });

  protected readonly verification = rxResource({
    params: () => this.checkedCode(),
    stream: ({ params }) => this.api.verifyCertificate(params),
  });
  protected readonly certificate = computed(() => {
    const result = this.verification.hasValue() ? this.verification.value() : null;
    return result?.valid ? result.certificate : null;
  });
  /** A code was given and nothing genuine matches it (including a code that cannot exist). */
  protected readonly notFound = computed(() => {
    if (!normalise(this.code() ?? '')) return false;
    if (!this.checkedCode()) return true;
    const error = this.verification.error();
    if (error) return error instanceof HttpErrorResponse && (error.status === 400 || error.status === 404);
    return this.verification.hasValue() && !this.certificate();
  });
  protected readonly errorKey = computed(() => {
    const error = this.verification.error();
    if (!error || this.notFound()) return null;
    return toUiError(error).messageKey;
  });
  protected readonly duration = formatDuration;

  protected date(iso: string): string {
    return formatDate(iso, this.i18n.language());
  }

  protected typed(event: Event): void {
    this.draft.set((event.target as HTMLInputElement).value);
    this.emptyError.set(false);
  }

  protected submit(event: Event): void {
    event.preventDefault();
    const code = normalise(this.draft());
    if (!code) {
      this.emptyError.set(true);
      document.getElementById('verify-code')?.focus();
      return;
    }
    if (code === normalise(this.code() ?? '')) {
      this.verification.reload();
      return;
    }
    void this.router.navigate(['/verifier', code]);
  }
}
