import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { Router, RouterLink } from '@angular/router';
import type { CampaignReport, CentreSummary } from '@passerelle/contracts';
import { of } from 'rxjs';
import { DEVICE_KIND_LABEL_KEYS } from '../devices/device-labels';
import { CentresApiService } from '../shared/api/centres-api.service';
import { EquipmentApiService } from '../shared/api/equipment-api.service';
import { errorKeyOf } from '../shared/errors/error-message';
import type { TranslationKey } from '../shared/i18n/fr';
import { TranslatePipe } from '../shared/i18n/translate.pipe';
import { FORM_FIELD } from '../shared/ui/form-field.component';
import { TranslationService } from '../shared/i18n/translation.service';
import { formatDate } from '../shared/learning/course-format';
import { AlertComponent } from '../shared/ui/alert.component';
import { EmptyStateComponent } from '../shared/ui/empty-state.component';
import { LoadingComponent } from '../shared/ui/loading.component';
import { PageHeaderComponent } from '../shared/ui/page-header.component';
import { AUDIENCE_LABEL_KEYS, DEVICE_KINDS_LABEL_KEYS, REPORT_KIND_ORDER } from './equipment-labels';

export interface FunnelRow {
  labelKey: TranslationKey;
  value: number | null;
  /** Share of the recipients identified, rounded; null when it cannot be worked out. */
  percent: number | null;
}

/** Identified → targeted → equipped, each step as a share of those identified. */
export function funnelRows(report: CampaignReport): FunnelRow[] {
  const seniors = report.campaign.audience === 'seniors';
  const identified = report.campaign.householdsIdentified;
  const share = (value: number | null) =>
    value !== null && identified !== null && identified > 0 ? Math.round((value * 100) / identified) : null;
  return [
    {
      labelKey: seniors ? 'programme.funnel.identifiedSeniors' : 'programme.funnel.identified',
      value: identified,
      percent: share(identified),
    },
    {
      labelKey: seniors ? 'programme.funnel.targetedSeniors' : 'programme.funnel.targeted',
      value: report.campaign.householdsTargeted,
      percent: share(report.campaign.householdsTargeted),
    },
    {
      labelKey: seniors ? 'programme.funnel.equippedSeniors' : 'programme.funnel.equipped',
      value: report.equipped,
      percent: share(report.equipped),
    },
  ];
}

function isCreatedNotice(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0;
}

/**
 * The equipment programme's report: for each campaign (wave), the funnel from households identified
 * to households equipped, the devices distributed by kind, loans and gifts; then the inventory.
 * Numbers are shown as the API counts them, never recomputed here.
 */
@Component({
  selector: 'pa-programme-page',
  imports: [
    RouterLink,
    TranslatePipe,
    PageHeaderComponent,
    LoadingComponent,
    AlertComponent,
    EmptyStateComponent,
    FORM_FIELD,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './programme-page.component.html',
  styles: `
    .programme-campaign {
      margin-top: 2rem;
    }
    .programme-facts {
      margin-top: 0;
    }
    .programme-bar {
      display: block;
      height: 0.9rem;
      min-width: 8rem;
      background: #ececec;
      border: 1px solid #6b7280;
      border-radius: 0.25rem;
    }
    .programme-bar__fill {
      display: block;
      height: 100%;
      background: var(--pa-primary);
    }
  `,
})
export class ProgrammePageComponent {
  private readonly api = inject(EquipmentApiService);
  private readonly centresApi = inject(CentresApiService);
  private readonly i18n = inject(TranslationService);

  /** Route data: every centre's programme, with a centre filter (federation area). */
  readonly acrossCentres = input(false);

  protected readonly kindOrder = REPORT_KIND_ORDER;
  protected readonly kindsLabels = DEVICE_KINDS_LABEL_KEYS;
  protected readonly kindLabels = DEVICE_KIND_LABEL_KEYS;
  protected readonly audienceLabels = AUDIENCE_LABEL_KEYS;
  protected readonly centreId = signal('');

  /** Set by the new-campaign page after creating one. */
  protected readonly createdName: string | null = (() => {
    const state: unknown = inject(Router).currentNavigation()?.extras.state?.['campaignCreated'];
    return isCreatedNotice(state) ? state : null;
  })();

  protected readonly report = rxResource({
    params: () => ({ centreId: this.acrossCentres() ? this.centreId() || undefined : undefined }),
    stream: ({ params }) => this.api.programmeReport(params.centreId),
  });
  protected readonly centres = rxResource<CentreSummary[], boolean>({
    params: () => this.acrossCentres(),
    stream: ({ params: across }) => (across ? this.centresApi.list() : of([])),
    defaultValue: [],
  });
  protected readonly errorKey = errorKeyOf(this.report);

  protected readonly funnelRows = funnelRows;

  protected date(value: string): string {
    return formatDate(value, this.i18n.language());
  }

  protected onCentreChange(value: string): void {
    this.centreId.set(value);
  }
}
