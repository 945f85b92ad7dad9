import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  Injector,
  afterNextRender,
  computed,
  inject,
  input,
  linkedSignal,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import type { Agreement } from '@passerelle/contracts';
import { DevicesApiService } from '../shared/api/devices-api.service';
import { toUiError, errorKeyOf } from '../shared/errors/error-message';
import { saveFile } from '../shared/files/save-file';
import type { TranslationKey } from '../shared/i18n/fr';
import { TranslatePipe } from '../shared/i18n/translate.pipe';
import { ErrorSummaryComponent, type ErrorSummaryItem } from '../shared/ui/error-summary.component';
import { FORM_FIELD } from '../shared/ui/form-field.component';
import { TranslationService } from '../shared/i18n/translation.service';
import { formatDate } from '../shared/learning/course-format';
import { AlertComponent } from '../shared/ui/alert.component';
import { LoadingComponent } from '../shared/ui/loading.component';
import { SignaturePadComponent } from './signature-pad.component';

/** The contract caps the data URL: a heavier drawing is refused before it is sent. */
const SIGNATURE_MAX_LENGTH = 400_000;

export type AgreementField = 'signerName' | 'accepted' | 'signature';

/** What is missing before an agreement can be signed, in the order of the form. */
export function agreementErrors(form: {
  signerName: string;
  accepted: boolean;
  signature: string | null;
}): Partial<Record<AgreementField, TranslationKey>> {
  const errors: Partial<Record<AgreementField, TranslationKey>> = {};
  if (form.signerName.trim().length < 2) errors.signerName = 'agreement.signerName.error';
  if (!form.accepted) errors.accepted = 'agreement.accept.error';
  if (!form.signature) errors.signature = 'agreement.signature.error';
  else if (form.signature.length > SIGNATURE_MAX_LENGTH) errors.signature = 'agreement.signature.tooLarge';
  return errors;
}

let nextId = 0;

/**
 * A kit's agreement read and signed in person: the text (placeholders filled by the API), the
 * signer's typed name, an explicit acceptance and a drawn signature. Once signed, the PDF.
 * Used by the loan wizard and by a volunteer on their senior's page.
 */
@Component({
  selector: 'pa-agreement-sign',
  imports: [
    ErrorSummaryComponent,
    TranslatePipe,
    AlertComponent,
    LoadingComponent,
    SignaturePadComponent,
    FORM_FIELD,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .agreement__text {
      max-width: 46rem;
      max-height: 22rem;
      overflow-y: auto;
      padding: 1rem 1.25rem;
      margin-bottom: 1.5rem;
      border: 2px solid #c9ced6;
      border-radius: var(--pa-radius);
      background: var(--pa-surface);
      white-space: pre-line;
    }
    .agreement__check {
      display: flex;
      align-items: flex-start;
      gap: 0.75rem;
      min-height: 2.75rem;
    }
    .agreement__check input {
      flex: none;
      width: 1.5rem;
      height: 1.5rem;
      margin: 0.15rem 0 0;
      accent-color: var(--pa-primary);
    }
    .agreement__check label {
      font-weight: 700;
      cursor: pointer;
    }
  `,
  template: `
    @if (agreement.isLoading()) {
      <pa-loading />
    } @else if (loadErrorKey(); as key) {
      <pa-alert kind="error"
        ><p>{{ key | t }}</p>
        <button type="button" class="button button--secondary" (click)="agreement.reload()">
          {{ 'common.retry' | t }}
        </button></pa-alert
      >
    } @else if (current(); as a) {
      @switch (headingLevel()) {
        @case (4) {
          <h4 [id]="ids.title">{{ a.title }}</h4>
        }
        @default {
          <h3 [id]="ids.title">{{ a.title }}</h3>
        }
      }
      @if (a.signed) {
        <pa-alert kind="success"
          ><p>{{ 'agreement.signed' | t: { name: a.signerName ?? '', date: signedOn(a) } }}</p></pa-alert
        >
        @if (a.id) {
          <div class="actions">
            <button
              type="button"
              class="button button--primary"
              [disabled]="downloading()"
              (click)="download(a)"
            >
              {{ 'agreement.download' | t }}
            </button>
          </div>
        }
        @if (downloadErrorKey(); as key) {
          <pa-alert kind="error"
            ><p>{{ key | t }}</p></pa-alert
          >
        }
      } @else {
        <div class="agreement__text" role="region" tabindex="0" [attr.aria-label]="'agreement.text' | t">
          {{ a.text }}
        </div>

        @if (hasErrors()) {
          <pa-error-summary
            [id]="ids.summary"
            [titleId]="ids.summaryTitle"
            [level]="4"
            [formError]="formErrorKey()"
            [errors]="summaryItems()"
          />
        }

        <form class="form" novalidate (submit)="$event.preventDefault(); submit(a)">
          <pa-field
            label="agreement.signerName"
            hint="agreement.signerName.hint"
            [fieldId]="ids.name"
            [error]="fieldErrors().signerName"
          >
            <input
              paFieldControl
              class="input"
              type="text"
              autocomplete="off"
              maxlength="120"
              [value]="signerName()"
              (input)="signerName.set($any($event.target).value)"
            />
          </pa-field>

          <div class="field" [class.field--invalid]="fieldErrors().accepted">
            @if (fieldErrors().accepted; as key) {
              <p class="field__error" [id]="ids.accept + '-error'">{{ key | t }}</p>
            }
            <div class="agreement__check">
              <input
                type="checkbox"
                [id]="ids.accept"
                [checked]="accepted()"
                [attr.aria-invalid]="fieldErrors().accepted ? true : null"
                [attr.aria-describedby]="fieldErrors().accepted ? ids.accept + '-error' : null"
                (change)="accepted.set($any($event.target).checked)"
              />
              <label [for]="ids.accept">{{ 'agreement.accept' | t }}</label>
            </div>
          </div>

          <pa-signature-pad
            [label]="'agreement.signature' | t"
            [hint]="'agreement.signature.hint' | t"
            [errorMessage]="signatureError()"
            (signatureChange)="signature.set($event)"
          />

          <div class="actions">
            <button type="submit" class="button button--primary" [disabled]="submitting()">
              {{ (submitting() ? 'agreement.submitting' : 'agreement.submit') | t }}
            </button>
          </div>
        </form>
      }
    }
  `,
})
export class AgreementSignComponent {
  private readonly api = inject(DevicesApiService);
  private readonly i18n = inject(TranslationService);
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);

  readonly kitId = input.required<string>();
  /** Prefills the signer's name: usually the recipient. */
  readonly defaultSignerName = input('');
  /** The agreement's title sits under the caller's heading. */
  readonly headingLevel = input<3 | 4>(3);

  /** Emits the signed agreement. */
  readonly signed = output<Agreement>();

  protected readonly ids = (() => {
    const base = `agreement-${nextId++}`;
    return {
      title: `${base}-title`,
      name: `${base}-name`,
      accept: `${base}-accept`,
      summary: `${base}-summary`,
      summaryTitle: `${base}-summary-title`,
    };
  })();

  protected readonly agreement = rxResource({
    params: () => this.kitId(),
    stream: ({ params: kitId }) => this.api.kitAgreement(kitId),
  });
  /** The agreement as loaded, replaced by the API's answer once signed. */
  private readonly signedAgreement = signal<Agreement | null>(null);
  protected readonly current = computed(
    () => this.signedAgreement() ?? (this.agreement.hasValue() ? this.agreement.value() : null),
  );
  protected readonly loadErrorKey = errorKeyOf(this.agreement);

  protected readonly signerName = linkedSignal(() => this.defaultSignerName());
  protected readonly accepted = signal(false);
  protected readonly signature = signal<string | null>(null);
  private readonly pad = viewChild(SignaturePadComponent);

  protected readonly submitting = signal(false);
  private readonly attempted = signal(false);
  protected readonly formErrorKey = signal<TranslationKey | null>(null);
  protected readonly fieldErrors = computed(() =>
    this.attempted()
      ? agreementErrors({
          signerName: this.signerName(),
          accepted: this.accepted(),
          signature: this.signature(),
        })
      : {},
  );
  protected readonly signatureError = computed(() => {
    const key = this.fieldErrors().signature;
    return key ? this.i18n.translate(key) : null;
  });
  protected readonly summaryItems = computed(() =>
    (['signerName', 'accepted', 'signature'] as const).flatMap((field): ErrorSummaryItem[] => {
      const key = this.fieldErrors()[field];
      if (!key) return [];
      // The signature pad's canvas has no id to link to: its line stays plain text.
      if (field === 'signature') return [{ key }];
      return [{ key, fieldId: field === 'signerName' ? this.ids.name : this.ids.accept }];
    }),
  );
  protected readonly hasErrors = computed(
    () => this.formErrorKey() !== null || this.summaryItems().length > 0,
  );

  protected readonly downloading = signal(false);
  protected readonly downloadErrorKey = signal<TranslationKey | null>(null);

  protected signedOn(agreement: Agreement): string {
    return agreement.signedAt ? formatDate(agreement.signedAt, this.i18n.language()) : '';
  }

  protected submit(agreement: Agreement): void {
    if (this.submitting()) return;
    this.attempted.set(true);
    this.formErrorKey.set(null);
    // The pad's latest drawing, in case the last stroke's event has not been read yet.
    const signature = this.pad()?.toDataUrl() ?? this.signature();
    this.signature.set(signature);
    const errors = agreementErrors({ signerName: this.signerName(), accepted: this.accepted(), signature });
    if (Object.keys(errors).length > 0 || !signature) {
      this.focusSummary();
      return;
    }
    this.submitting.set(true);
    this.api
      .signKitAgreement(agreement.kitId, { signerName: this.signerName().trim(), signature, accepted: true })
      .subscribe({
        next: (result) => {
          this.submitting.set(false);
          this.signedAgreement.set(result);
          this.signed.emit(result);
          this.focusTitle();
        },
        error: (error: unknown) => {
          this.submitting.set(false);
          const ui = toUiError(error);
          if (ui.code === 'agreement_already_signed') {
            this.showSignedMeanwhile(agreement.kitId);
            return;
          }
          this.formErrorKey.set(ui.messageKey);
          this.focusSummary();
        },
      });
  }

  /** Signed meanwhile (on another screen): show the signed agreement instead of the form. */
  private showSignedMeanwhile(kitId: string): void {
    this.api.kitAgreement(kitId).subscribe({
      next: (result) => {
        this.signedAgreement.set(result);
        if (result.signed) this.signed.emit(result);
        this.focusTitle();
      },
      error: () => {
        this.formErrorKey.set('agreement.error.already_signed');
        this.focusSummary();
      },
    });
  }

  protected download(agreement: Agreement): void {
    if (!agreement.id || this.downloading()) return;
    this.downloading.set(true);
    this.downloadErrorKey.set(null);
    const name = agreement.assetTags.length > 0 ? agreement.assetTags.join('-') : agreement.kitId;
    this.api.agreementPdf(agreement.id).subscribe({
      next: (blob) => {
        this.downloading.set(false);
        saveFile(this.document, blob, `convention-${name}.pdf`);
      },
      error: () => {
        this.downloading.set(false);
        this.downloadErrorKey.set('agreement.downloadError');
      },
    });
  }

  private focusSummary(): void {
    afterNextRender(() => this.document.getElementById(this.ids.summary)?.focus(), {
      injector: this.injector,
    });
  }

  private focusTitle(): void {
    afterNextRender(
      () => {
        const title = this.document.getElementById(this.ids.title);
        if (!title) return;
        title.tabIndex = -1;
        title.focus();
      },
      { injector: this.injector },
    );
  }
}
