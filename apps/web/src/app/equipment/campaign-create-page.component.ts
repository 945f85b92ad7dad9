import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  afterNextRender,
  computed,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import {
  CAMPAIGN_AUDIENCES,
  CreateCampaignSchema,
  type CentreSummary,
  type FieldError,
} from '@passerelle/contracts';
import { of } from 'rxjs';
import { CentresApiService } from '../shared/api/centres-api.service';
import { EquipmentApiService } from '../shared/api/equipment-api.service';
import { type UiError, toUiError } from '../shared/errors/error-message';
import type { TranslationKey } from '../shared/i18n/fr';
import { TranslatePipe } from '../shared/i18n/translate.pipe';
import { ErrorSummaryComponent } from '../shared/ui/error-summary.component';
import { FORM_FIELD } from '../shared/ui/form-field.component';
import { PageHeaderComponent } from '../shared/ui/page-header.component';
import { AUDIENCE_LABEL_KEYS } from './equipment-labels';
import { parseCount, toFieldErrors } from './field-errors';

export const CAMPAIGN_FIELDS = [
  'centreId',
  'name',
  'audience',
  'partner',
  'startsOn',
  'endsOn',
  'householdsIdentified',
  'householdsTargeted',
] as const;
export type CampaignField = (typeof CAMPAIGN_FIELDS)[number];

function isCampaignField(path: string): path is CampaignField {
  return (CAMPAIGN_FIELDS as readonly string[]).includes(path);
}

/** One plain sentence per field, whatever rule the value broke (client-side zod or the API's). */
export function campaignFieldMessageKey(error: FieldError): TranslationKey {
  switch (error.path) {
    case 'centreId':
      return 'equipment.error.centreId';
    case 'endsOn':
      return error.code === 'custom' ? 'campaign.error.endsOnBeforeStart' : 'campaign.error.endsOn';
    case 'householdsTargeted':
      return error.code === 'custom'
        ? 'campaign.error.targetedAboveIdentified'
        : 'campaign.error.householdsTargeted';
    case 'name':
    case 'audience':
    case 'partner':
    case 'startsOn':
    case 'householdsIdentified':
      return `campaign.error.${error.path}`;
    default:
      return 'error.field.invalid';
  }
}

/** A new distribution campaign (wave): who it is for, its partner, dates and target figures. */
@Component({
  selector: 'pa-campaign-create-page',
  imports: [
    ErrorSummaryComponent,
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
    PageHeaderComponent,
    FORM_FIELD,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './campaign-create-page.component.html',
})
export class CampaignCreatePageComponent {
  private readonly api = inject(EquipmentApiService);
  private readonly centresApi = inject(CentresApiService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly injector = inject(Injector);

  /** Route data: a federation admin chooses the centre of the campaign. */
  readonly acrossCentres = input(false);

  protected readonly audiences = CAMPAIGN_AUDIENCES;
  protected readonly audienceLabels = AUDIENCE_LABEL_KEYS;
  protected readonly form = new FormGroup({
    centreId: new FormControl('', { nonNullable: true }),
    name: new FormControl('', { nonNullable: true }),
    audience: new FormControl<string>('households', { nonNullable: true }),
    partner: new FormControl('', { nonNullable: true }),
    startsOn: new FormControl('', { nonNullable: true }),
    endsOn: new FormControl('', { nonNullable: true }),
    householdsIdentified: new FormControl('', { nonNullable: true }),
    householdsTargeted: new FormControl('', { nonNullable: true }),
  });

  protected readonly centres = rxResource<CentreSummary[], boolean>({
    params: () => this.acrossCentres(),
    stream: ({ params: across }) => (across ? this.centresApi.list() : of([])),
    defaultValue: [],
  });

  protected readonly saving = signal(false);
  private readonly serverError = signal<UiError | null>(null);
  private readonly clientErrors = signal<FieldError[]>([]);
  private readonly fieldErrors = computed(() =>
    this.clientErrors().length > 0 ? this.clientErrors() : (this.serverError()?.fieldErrors ?? []),
  );
  protected readonly errorKeys = computed(() => {
    const keys: Partial<Record<CampaignField, TranslationKey>> = {};
    for (const error of this.fieldErrors()) {
      if (isCampaignField(error.path) && !keys[error.path]) keys[error.path] = campaignFieldMessageKey(error);
    }
    return keys;
  });
  protected readonly summaryItems = computed(() =>
    CAMPAIGN_FIELDS.flatMap((field) => {
      const key = this.errorKeys()[field];
      return key ? [{ field, key, fieldId: `campaign-${field}` }] : [];
    }),
  );
  protected readonly formErrorKey = computed(() => {
    if (this.clientErrors().length > 0) return null;
    const error = this.serverError();
    if (!error) return null;
    return this.summaryItems().length > 0 ? null : error.messageKey;
  });
  protected readonly hasErrors = computed(
    () => this.formErrorKey() !== null || this.summaryItems().length > 0,
  );

  private readonly summary = viewChild(ErrorSummaryComponent);

  protected submit(): void {
    if (this.saving()) return;
    this.serverError.set(null);
    const v = this.form.getRawValue();
    const asksForCentre = this.acrossCentres();
    const parsed = CreateCampaignSchema.safeParse({
      name: v.name,
      audience: v.audience,
      partner: v.partner,
      startsOn: v.startsOn,
      endsOn: v.endsOn === '' ? null : v.endsOn,
      householdsIdentified: parseCount(v.householdsIdentified),
      householdsTargeted: parseCount(v.householdsTargeted),
      centreId: asksForCentre && v.centreId !== '' ? v.centreId : undefined,
    });
    const errors = parsed.success ? [] : toFieldErrors(parsed.error.issues);
    if (asksForCentre && v.centreId === '' && !errors.some((e) => e.path === 'centreId')) {
      errors.push({ path: 'centreId', code: 'required', message: 'centreId' });
    }
    this.clientErrors.set(errors);
    if (errors.length > 0 || !parsed.success) {
      this.focusSummary();
      return;
    }
    this.saving.set(true);
    this.api.createCampaign(parsed.data).subscribe({
      next: (campaign) => {
        this.saving.set(false);
        void this.router.navigate(['..'], {
          relativeTo: this.route,
          state: { campaignCreated: campaign.name },
        });
      },
      error: (error: unknown) => {
        this.saving.set(false);
        this.serverError.set(toUiError(error));
        this.focusSummary();
      },
    });
  }

  private focusSummary(): void {
    afterNextRender(() => this.summary()?.focus(), { injector: this.injector });
  }
}
