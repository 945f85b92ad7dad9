import {
  ChangeDetectionStrategy,
  Component,
  ViewEncapsulation,
  computed,
  inject,
  input,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import type { Loan } from '@passerelle/contracts';
import { DevicesApiService } from '../shared/api/devices-api.service';
import { errorKeyOf } from '../shared/errors/error-message';
import { TranslatePipe } from '../shared/i18n/translate.pipe';
import { TranslationService } from '../shared/i18n/translation.service';
import { formatDate } from '../shared/learning/course-format';
import { AlertComponent } from '../shared/ui/alert.component';
import { EmptyStateComponent } from '../shared/ui/empty-state.component';
import { LoadingComponent } from '../shared/ui/loading.component';
import { PageHeaderComponent } from '../shared/ui/page-header.component';
import { DEVICE_KIND_LABEL_KEYS, daysLate, todayInParis } from './device-labels';

/** The loans whose return date has passed, the longest overdue first, with a way to record each return. */
@Component({
  selector: 'pa-overdue-loans-page',
  imports: [
    RouterLink,
    TranslatePipe,
    PageHeaderComponent,
    AlertComponent,
    EmptyStateComponent,
    LoadingComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  encapsulation: ViewEncapsulation.None,
  styleUrl: './devices.css',
  template: `
    <p>
      <a class="back-link" routerLink="..">{{ 'devices.back' | t }}</a>
    </p>
    <pa-page-header [heading]="'devices.overdue.heading' | t" [lead]="'devices.overdue.lead' | t" />

    <div class="results-status" aria-live="polite" aria-atomic="true">
      @if (loans.isLoading()) {
        <pa-loading />
      } @else if (!errorKey()) {
        <p class="results-status__count">{{ countText() }}</p>
      }
    </div>

    @if (errorKey(); as key) {
      <pa-alert kind="error">
        <p>{{ key | t }}</p>
        <button type="button" class="button button--secondary" (click)="loans.reload()">
          {{ 'common.retry' | t }}
        </button>
      </pa-alert>
    } @else if (loans.hasValue()) {
      @if (rows().length === 0) {
        <pa-empty-state
          [heading]="'devices.overdue.empty.title' | t"
          [text]="'devices.overdue.empty.text' | t"
        />
      } @else {
        <div class="table-wrap">
          <table class="table">
            <caption class="visually-hidden">
              {{
                'devices.overdue.caption' | t
              }}
            </caption>
            <thead>
              <tr>
                <th scope="col">{{ 'devices.col.assetTag' | t }}</th>
                <th scope="col">{{ 'devices.overdue.col.device' | t }}</th>
                <th scope="col">{{ 'devices.overdue.col.recipient' | t }}</th>
                <th scope="col">{{ 'devices.overdue.col.due' | t }}</th>
                <th scope="col">{{ 'devices.overdue.col.late' | t }}</th>
                <th scope="col">{{ 'devices.overdue.col.actions' | t }}</th>
              </tr>
            </thead>
            <tbody>
              @for (row of rows(); track row.loan.id) {
                <tr>
                  <th scope="row">
                    <a [routerLink]="['..', row.loan.deviceId]">{{ row.loan.assetTag }}</a>
                  </th>
                  <td>{{ kindLabels[row.loan.deviceKind] | t }} {{ row.loan.deviceModel }}</td>
                  <td>
                    @if (row.loan.personId) {
                      <a [routerLink]="['../../personnes', row.loan.personId]">{{
                        row.loan.recipientName
                      }}</a>
                    } @else {
                      {{ row.loan.recipientName }}
                    }
                  </td>
                  <td>{{ row.loan.dueOn ? date(row.loan.dueOn) : '' }}</td>
                  <td>{{ row.lateText }}</td>
                  <td>
                    <a
                      class="button button--secondary button--small"
                      [routerLink]="['..', row.loan.deviceId, 'retour']"
                      [attr.aria-label]="'device.returnLabel' | t: { assetTag: row.loan.assetTag }"
                      >{{ 'device.return' | t }}</a
                    >
                  </td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      }
    }
  `,
})
export class OverdueLoansPageComponent {
  private readonly devicesApi = inject(DevicesApiService);
  private readonly i18n = inject(TranslationService);

  /** Route data: the API already limits the list to what the user may see. */
  readonly acrossCentres = input(false);

  protected readonly kindLabels = DEVICE_KIND_LABEL_KEYS;
  private readonly today = todayInParis();

  protected readonly loans = rxResource({
    params: () => ({ status: 'overdue' as const }),
    stream: ({ params }) => this.devicesApi.loans(params),
  });
  protected readonly errorKey = errorKeyOf(this.loans);
  /** The longest overdue first: those are the ones to chase. */
  protected readonly rows = computed(() =>
    (this.loans.hasValue() ? this.loans.value() : [])
      .map((loan: Loan) => {
        const days = daysLate(loan.dueOn, this.today);
        return { loan, days, lateText: this.i18n.plural('devices.overdue.days', days) };
      })
      .sort((a, b) => b.days - a.days),
  );
  protected readonly countText = computed(() =>
    this.i18n.plural('devices.overdue.count', this.rows().length),
  );

  protected date(value: string): string {
    return formatDate(value, this.i18n.language());
  }
}
