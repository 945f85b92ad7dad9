import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import {
  NOTIFICATION_STATUSES,
  type NotificationEntry,
  type NotificationRun,
  type NotificationStatus,
} from '@passerelle/contracts';
import { NotificationsApiService } from '../shared/api/notifications-api.service';
import { toUiError } from '../shared/errors/error-message';
import type { TranslationKey } from '../shared/i18n/fr';
import { TranslatePipe } from '../shared/i18n/translate.pipe';
import { FORM_FIELD } from '../shared/ui/form-field.component';
import { TranslationService } from '../shared/i18n/translation.service';
import { AlertComponent } from '../shared/ui/alert.component';
import { PageHeaderComponent } from '../shared/ui/page-header.component';
import { centreChoices } from '../shared/ui/centre-choices';
import { pagedList } from '../shared/ui/paged-list';
import { PagedResultsComponent } from '../shared/ui/paged-results.component';

const STATUS_KEYS: Record<NotificationStatus, TranslationKey> = {
  pending: 'notifications.status.pending',
  sending: 'notifications.status.sending',
  sent: 'notifications.status.sent',
  failed: 'notifications.status.failed',
};

/** E-mails and SMS sent for the centre (coordinator) or every centre (federation admin), newest first. */
@Component({
  selector: 'pa-notification-list-page',
  imports: [TranslatePipe, PageHeaderComponent, PagedResultsComponent, AlertComponent, FORM_FIELD],
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

    <pa-paged-results
      [list]="notifications"
      count="notifications.count"
      caption="notifications.caption"
      emptyHeading="notifications.empty.title"
      emptyText="notifications.empty.text"
    >
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
        @for (n of notifications.items(); track n.id) {
          <tr>
            <td>{{ dateTime(n.createdAt) }}</td>
            @if (acrossCentres()) {
              <td>{{ centreNames().get(n.centreId) ?? '' }}</td>
            }
            <td>
              {{ (n.channel === 'sms' ? 'notifications.channel.sms' : 'notifications.channel.email') | t }}
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
                  {{ n.subject }}<span class="visually-hidden"> — {{ 'notifications.showBody' | t }}</span>
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
    </pa-paged-results>
  `,
})
export class NotificationListPageComponent {
  private readonly api = inject(NotificationsApiService);
  private readonly i18n = inject(TranslationService);

  /** Route data: every centre's messages, with a centre column (federation area). */
  readonly acrossCentres = input(false);

  protected readonly statuses = NOTIFICATION_STATUSES;
  protected readonly statusKeys = STATUS_KEYS;
  protected readonly status = signal<NotificationStatus | ''>('');
  protected readonly running = signal(false);
  protected readonly runResult = signal<NotificationRun | null>(null);
  protected readonly runErrorKey = signal<TranslationKey | null>(null);

  protected readonly notifications = pagedList({
    filters: computed(() => ({ status: this.status() || undefined })),
    load: (query) => this.api.list(query),
  });
  protected readonly centreNames = centreChoices(() => this.acrossCentres()).names;

  protected onStatusChange(value: string): void {
    this.status.set(NOTIFICATION_STATUSES.find((s) => s === value) ?? '');
  }

  protected runNow(): void {
    this.running.set(true);
    this.runResult.set(null);
    this.runErrorKey.set(null);
    this.api.run().subscribe({
      next: (result) => {
        this.running.set(false);
        this.runResult.set(result);
        this.notifications.resource.reload();
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
