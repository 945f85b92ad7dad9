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
import {
  NOTIFICATION_STATUSES,
  PAGE_SIZE_DEFAULT,
  type CentreSummary,
  type NotificationEntry,
  type NotificationRun,
  type NotificationStatus,
  type Paginated,
} from '@passerelle/contracts';
import { of } from 'rxjs';
import { CentresApiService } from '../shared/api/centres-api.service';
import {
  NotificationsApiService,
  type NotificationsListQuery,
} from '../shared/api/notifications-api.service';
import { toUiError } from '../shared/errors/error-message';
import type { TranslationKey } from '../shared/i18n/fr';
import { TranslatePipe } from '../shared/i18n/translate.pipe';
import { FORM_FIELD } from '../shared/ui/form-field.component';
import { TranslationService } from '../shared/i18n/translation.service';
import { AlertComponent } from '../shared/ui/alert.component';
import { EmptyStateComponent } from '../shared/ui/empty-state.component';
import { LoadingComponent } from '../shared/ui/loading.component';
import { PageHeaderComponent } from '../shared/ui/page-header.component';
import { PaginationComponent } from '../shared/ui/pagination.component';

const STATUS_KEYS: Record<NotificationStatus, TranslationKey> = {
  pending: 'notifications.status.pending',
  sending: 'notifications.status.sending',
  sent: 'notifications.status.sent',
  failed: 'notifications.status.failed',
};

/** E-mails and SMS sent for the centre (coordinator) or every centre (federation admin), newest first. */
@Component({
  selector: 'pa-notification-list-page',
  imports: [
    TranslatePipe,
    PageHeaderComponent,
    PaginationComponent,
    LoadingComponent,
    AlertComponent,
    EmptyStateComponent,
    FORM_FIELD,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .notification-body {
      white-space: pre-line;
      margin: 0.5rem 0 0;
    }
    .badge--failed {
      background: #fde8e8;
      color: #8a1c1c;
    }
  `,
  template: `
    <pa-page-header [heading]="'notifications.heading' | t" [lead]="'notifications.lead' | t">
      <button type="button" class="button button--primary" [disabled]="running()" (click)="runNow()">
        {{ (running() ? 'notifications.running' : 'notifications.runNow') | t }}
      </button>
    </pa-page-header>

    <div aria-live="polite">
      @if (runResult(); as r) {
        <pa-alert kind="success"
          ><p>
            {{
              'notifications.runDone'
                | t: { queued: r.queued, sent: r.sent, retried: r.retried, failed: r.failed }
            }}
          </p></pa-alert
        >
      } @else if (runErrorKey(); as key) {
        <pa-alert kind="error"
          ><p>{{ key | t }}</p></pa-alert
        >
      }
    </div>

    <form class="filters" [attr.aria-label]="'notifications.filters' | t" (submit)="$event.preventDefault()">
      <pa-field fieldId="notifications-status" label="notifications.status">
        <select paFieldControl class="input" (change)="onStatusChange($any($event.target).value)">
          <option value="">{{ 'notifications.status.all' | t }}</option>
          @for (s of statuses; track s) {
            <option [value]="s" [selected]="s === status()">{{ statusKeys[s] | t }}</option>
          }
        </select>
      </pa-field>
    </form>

    <div class="results-status" aria-live="polite" aria-atomic="true">
      @if (notifications.isLoading()) {
        <pa-loading />
      } @else if (!errorKey()) {
        <p class="results-status__count">{{ countText() }}</p>
      }
    </div>

    @if (errorKey(); as key) {
      <pa-alert kind="error">
        <p>{{ key | t }}</p>
        <button type="button" class="button button--secondary" (click)="notifications.reload()">
          {{ 'common.retry' | t }}
        </button>
      </pa-alert>
    }

    @if (result(); as list) {
      @if (list.items.length === 0) {
        <pa-empty-state [heading]="'notifications.empty.title' | t" [text]="'notifications.empty.text' | t" />
      } @else {
        <div class="table-wrap">
          <table class="table">
            <caption class="visually-hidden">
              {{
                'notifications.caption' | t: { page: list.page }
              }}
            </caption>
            <thead>
              <tr>
                <th scope="col">{{ 'notifications.col.date' | t }}</th>
                @if (acrossCentres()) {
                  <th scope="col">{{ 'notifications.col.centre' | t }}</th>
                }
                <th scope="col">{{ 'notifications.col.channel' | t }}</th>
                <th scope="col">{{ 'notifications.col.recipient' | t }}</th>
                <th scope="col">{{ 'notifications.col.subject' | t }}</th>
                <th scope="col">{{ 'notifications.col.status' | t }}</th>
              </tr>
            </thead>
            <tbody>
              @for (n of list.items; track n.id) {
                <tr>
                  <td>{{ dateTime(n.createdAt) }}</td>
                  @if (acrossCentres()) {
                    <td>{{ centreNames().get(n.centreId) ?? '' }}</td>
                  }
                  <td>
                    {{
                      (n.channel === 'sms' ? 'notifications.channel.sms' : 'notifications.channel.email') | t
                    }}
                  </td>
                  <td>
                    {{ n.recipient.firstName }} {{ n.recipient.lastName }}
                    @if (n.toAddress) {
                      <br /><span class="field__hint">{{ n.toAddress }}</span>
                    }
                  </td>
                  <th scope="row">
                    <details>
                      <summary>
                        {{ n.subject
                        }}<span class="visually-hidden"> — {{ 'notifications.showBody' | t }}</span>
                      </summary>
                      <p class="notification-body">{{ n.body }}</p>
                    </details>
                  </th>
                  <td>
                    <span
                      class="badge"
                      [class.badge--muted]="n.status === 'pending' || n.status === 'sending'"
                      [class.badge--failed]="n.status === 'failed'"
                      >{{ statusKeys[n.status] | t }}</span
                    >
                    @if (n.sentAt) {
                      <br /><span class="field__hint">{{
                        'notifications.sentAt' | t: { date: dateTime(n.sentAt) }
                      }}</span>
                    } @else if (n.attempts > 0) {
                      <br /><span class="field__hint">{{ attemptsText(n) }}</span>
                    }
                    @if (n.lastError && n.status !== 'sent') {
                      <br /><span class="field__hint">{{
                        'notifications.reason' | t: { reason: n.lastError }
                      }}</span>
                    }
                  </td>
                </tr>
              }
            </tbody>
          </table>
        </div>
        <pa-pagination
          [page]="list.page"
          [pageSize]="list.pageSize"
          [total]="list.total"
          (pageChange)="page.set($event)"
        />
      }
    }
  `,
})
export class NotificationListPageComponent {
  private readonly api = inject(NotificationsApiService);
  private readonly centresApi = inject(CentresApiService);
  private readonly i18n = inject(TranslationService);

  /** Route data: every centre's messages, with a centre column (federation area). */
  readonly acrossCentres = input(false);

  protected readonly statuses = NOTIFICATION_STATUSES;
  protected readonly statusKeys = STATUS_KEYS;
  protected readonly status = signal<NotificationStatus | ''>('');
  protected readonly page = signal(1);
  protected readonly running = signal(false);
  protected readonly runResult = signal<NotificationRun | null>(null);
  protected readonly runErrorKey = signal<TranslationKey | null>(null);

  private readonly query = computed<NotificationsListQuery>(() => ({
    status: this.status() || undefined,
    page: this.page(),
    pageSize: PAGE_SIZE_DEFAULT,
  }));

  protected readonly notifications = rxResource({
    params: () => this.query(),
    stream: ({ params }) => this.api.list(params),
  });
  private readonly centres = rxResource<CentreSummary[], boolean>({
    params: () => this.acrossCentres(),
    stream: ({ params: across }) => (across ? this.centresApi.list() : of([])),
    defaultValue: [],
  });
  protected readonly centreNames = computed(
    () => new Map(this.centres.value().map((c) => [c.id, c.name] as const)),
  );
  protected readonly errorKey = computed(() => {
    const error = this.notifications.error();
    return error ? toUiError(error).messageKey : null;
  });
  /** The last page received, kept on screen while the next one loads so the table does not flicker. */
  protected readonly result = linkedSignal<
    { value: Paginated<NotificationEntry> | null; loading: boolean },
    Paginated<NotificationEntry> | null
  >({
    source: () => ({
      value: this.notifications.hasValue() ? this.notifications.value() : null,
      loading: this.notifications.isLoading(),
    }),
    computation: (current, previous) => current.value ?? (current.loading ? (previous?.value ?? null) : null),
  });
  protected readonly countText = computed(() =>
    this.i18n.plural('notifications.count', this.result()?.total ?? 0),
  );

  protected onStatusChange(value: string): void {
    this.status.set(NOTIFICATION_STATUSES.find((s) => s === value) ?? '');
    this.page.set(1);
  }

  protected runNow(): void {
    this.running.set(true);
    this.runResult.set(null);
    this.runErrorKey.set(null);
    this.api.run().subscribe({
      next: (result) => {
        this.running.set(false);
        this.runResult.set(result);
        this.notifications.reload();
      },
      error: (error: unknown) => {
        this.running.set(false);
        this.runErrorKey.set(toUiError(error).messageKey);
      },
    });
  }

  protected attemptsText(n: NotificationEntry): string {
    return this.i18n.plural('notifications.attempts', n.attempts);
  }

  /** Date and time in Paris, in the reader's language. */
  protected dateTime(iso: string): string {
    return new Intl.DateTimeFormat(this.i18n.language() === 'fr' ? 'fr-FR' : 'en-GB', {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: 'Europe/Paris',
    }).format(new Date(iso));
  }
}
