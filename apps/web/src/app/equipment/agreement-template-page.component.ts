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
  signal,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import {
  UpdateAgreementTemplateSchema,
  type AgreementTemplate,
  type CentreSummary,
  type FieldError,
} from '@passerelle/contracts';
import { of } from 'rxjs';
import { CentresApiService } from '../shared/api/centres-api.service';
import { EquipmentApiService } from '../shared/api/equipment-api.service';
import { AuthService } from '../shared/auth/auth.service';
import { type UiError, toUiError, errorKeyOf } from '../shared/errors/error-message';
import type { TranslationKey } from '../shared/i18n/fr';
import { TranslatePipe } from '../shared/i18n/translate.pipe';
import { ErrorSummaryComponent } from '../shared/ui/error-summary.component';
import { FORM_FIELD } from '../shared/ui/form-field.component';
import { TranslationService } from '../shared/i18n/translation.service';
import { formatDate } from '../shared/learning/course-format';
import { AlertComponent } from '../shared/ui/alert.component';
import { LoadingComponent } from '../shared/ui/loading.component';
import { PageHeaderComponent } from '../shared/ui/page-header.component';
import { toFieldErrors } from './field-errors';

const TEMPLATE_FIELDS = ['title', 'body'] as const;
type TemplateField = (typeof TEMPLATE_FIELDS)[number];

/** The words the API replaces when an agreement is shown for signature. */
export const AGREEMENT_PLACEHOLDERS: readonly { code: string; descriptionKey: TranslationKey }[] = [
  { code: '{{beneficiaire}}', descriptionKey: 'agreementTemplate.placeholder.beneficiaire' },
  { code: '{{centre}}', descriptionKey: 'agreementTemplate.placeholder.centre' },
  { code: '{{nature}}', descriptionKey: 'agreementTemplate.placeholder.nature' },
  { code: '{{materiel}}', descriptionKey: 'agreementTemplate.placeholder.materiel' },
  { code: '{{date_retour}}', descriptionKey: 'agreementTemplate.placeholder.date_retour' },
  { code: '{{date}}', descriptionKey: 'agreementTemplate.placeholder.date' },
];

/** One plain sentence per problem, from the rules run here or the API's answer. */
export function agreementTemplateErrorKeys(error: UiError | null, clientErrors: readonly FieldError[]) {
  const fields: Partial<Record<TemplateField, TranslationKey>> = {};
  const errors = clientErrors.length > 0 ? clientErrors : (error?.fieldErrors ?? []);
  for (const e of errors) {
    if (e.path === 'title') fields.title ??= 'agreementTemplate.error.title';
    else if (e.path === 'body') fields.body ??= 'agreementTemplate.error.body';
  }
  const form =
    clientErrors.length === 0 && error && Object.keys(fields).length === 0 ? error.messageKey : null;
  return { fields, form };
}

/**
 * The centre's loan agreement: the title and text signed when devices are lent or given. A new
 * version is kept at each save; agreements already signed keep the text they were signed with.
 * Federation admins first choose the centre.
 */
@Component({
  selector: 'pa-agreement-template-page',
  imports: [
    ErrorSummaryComponent,
    RouterLink,
    TranslatePipe,
    PageHeaderComponent,
    LoadingComponent,
    AlertComponent,
    FORM_FIELD,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './agreement-template-page.component.html',
  styles: `
    .agreement-placeholders {
      margin: 0;
    }
    .agreement-placeholders code {
      font-size: 1rem;
      font-weight: 700;
    }
  `,
})
export class AgreementTemplatePageComponent {
  private readonly api = inject(EquipmentApiService);
  private readonly centresApi = inject(CentresApiService);
  private readonly auth = inject(AuthService);
  private readonly i18n = inject(TranslationService);
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);

  /** Route data: a federation admin chooses the centre. */
  readonly acrossCentres = input(false);

  protected readonly placeholders = AGREEMENT_PLACEHOLDERS;
  protected readonly chosenCentre = signal('');
  protected readonly centreId = computed(() =>
    this.acrossCentres() ? this.chosenCentre() : (this.auth.user()?.centreId ?? ''),
  );
  protected readonly centres = rxResource<CentreSummary[], boolean>({
    params: () => this.acrossCentres(),
    stream: ({ params: across }) => (across ? this.centresApi.list() : of([])),
    defaultValue: [],
  });
  protected readonly template = rxResource<AgreementTemplate | null, string>({
    params: () => this.centreId(),
    stream: ({ params: centreId }) => (centreId ? this.api.agreementTemplate(centreId) : of(null)),
    defaultValue: null,
  });
  protected readonly loadErrorKey = errorKeyOf(this.template);
  protected readonly current = computed(() => (this.template.hasValue() ? this.template.value() : null));

  protected readonly title = linkedSignal(() => this.current()?.title ?? '');
  protected readonly body = linkedSignal(() => this.current()?.body ?? '');
  /** The version just saved, announced once; cleared when another centre is opened. */
  protected readonly savedVersion = linkedSignal<string, number | null>({
    source: this.centreId,
    computation: () => null,
  });

  protected readonly saving = signal(false);
  private readonly serverError = linkedSignal<string, UiError | null>({
    source: this.centreId,
    computation: () => null,
  });
  private readonly clientErrors = linkedSignal<string, FieldError[]>({
    source: this.centreId,
    computation: () => [],
  });
  private readonly errors = computed(() =>
    agreementTemplateErrorKeys(this.serverError(), this.clientErrors()),
  );
  protected readonly fieldErrors = computed(() => this.errors().fields);
  protected readonly formErrorKey = computed(() => this.errors().form);
  protected readonly summaryItems = computed(() =>
    TEMPLATE_FIELDS.flatMap((field) => {
      const key = this.fieldErrors()[field];
      return key ? [{ field, key, fieldId: `agreement-${field}` }] : [];
    }),
  );
  protected readonly hasErrors = computed(
    () => this.formErrorKey() !== null || this.summaryItems().length > 0,
  );

  protected date(value: string): string {
    return formatDate(value, this.i18n.language());
  }

  protected onCentreChange(value: string): void {
    this.chosenCentre.set(value);
  }

  save(): void {
    const centreId = this.centreId();
    if (this.saving() || !centreId) return;
    this.serverError.set(null);
    this.savedVersion.set(null);
    const parsed = UpdateAgreementTemplateSchema.safeParse({ title: this.title(), body: this.body() });
    this.clientErrors.set(parsed.success ? [] : toFieldErrors(parsed.error.issues));
    if (!parsed.success) {
      this.focusSummary();
      return;
    }
    this.saving.set(true);
    this.api.updateAgreementTemplate(centreId, parsed.data).subscribe({
      next: (saved) => {
        this.saving.set(false);
        this.template.set(saved);
        this.savedVersion.set(saved.version);
      },
      error: (error: unknown) => {
        this.saving.set(false);
        this.serverError.set(toUiError(error));
        this.focusSummary();
      },
    });
  }

  private focusSummary(): void {
    afterNextRender(() => this.document.getElementById('agreement-error-summary')?.focus(), {
      injector: this.injector,
    });
  }
}
