import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { MyVisitsApiService } from '../api/my-visits-api.service';
import { PlanningApiService } from '../api/planning-api.service';
import { toUiError } from '../errors/error-message';
import type { TranslationKey } from '../i18n/fr';
import { TranslatePipe } from '../i18n/translate.pipe';
import { TranslationService } from '../i18n/translation.service';
import { formatInstantDay } from '../../planning/paris-week';
import { AlertComponent } from '../ui/alert.component';

/**
 * The secret iCalendar address of the volunteer's visits, or of every visit of a centre for its
 * coordination (`centreId`): created on demand, replaced (the old one
 * stops working) or removed. The API does not give an existing address back (it keeps only a hash),
 * so it is shown right after it was made; later the page says a subscription is live, since when.
 */
@Component({
  selector: 'pa-calendar-feed',
  imports: [TranslatePipe, AlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="section" aria-labelledby="calendar-feed-title">
      <h2 id="calendar-feed-title">
        {{ (centreId() ? 'visits.feed.centreHeading' : 'visits.feed.heading') | t }}
      </h2>
      <p>{{ (centreId() ? 'visits.feed.centreLead' : 'visits.feed.lead') | t }}</p>
      @if (url(); as address) {
        <div class="field">
          <label class="field__label" for="calendar-feed-url">{{ 'visits.feed.url' | t }}</label>
          <p class="field__hint" id="calendar-feed-url-hint">{{ 'visits.feed.urlHint' | t }}</p>
          <input
            id="calendar-feed-url"
            class="input"
            type="text"
            readonly
            aria-describedby="calendar-feed-url-hint"
            [value]="address"
          />
        </div>
      } @else if (activeSince(); as since) {
        <p>{{ 'visits.feed.activeSince' | t: { date: since } }}</p>
      }
      <div class="actions">
        @if (url(); as address) {
          <button type="button" class="button button--primary" (click)="copy(address)">
            {{ 'visits.feed.copy' | t }}
          </button>
        }
        @if (url() || activeSince()) {
          <button
            type="button"
            class="button"
            [class.button--secondary]="url()"
            [class.button--primary]="!url()"
            [disabled]="busy()"
            (click)="create()"
          >
            {{ 'visits.feed.rotate' | t }}
          </button>
          <button type="button" class="button button--danger-outline" [disabled]="busy()" (click)="revoke()">
            {{ 'visits.feed.revoke' | t }}
          </button>
        } @else {
          <button type="button" class="button button--primary" [disabled]="busy()" (click)="create()">
            {{ 'visits.feed.create' | t }}
          </button>
        }
      </div>
      @if (!url() && activeSince()) {
        <p class="muted">{{ 'visits.feed.lostHint' | t }}</p>
      }
      <div aria-live="polite">
        @if (notice(); as key) {
          <pa-alert kind="success"
            ><p>{{ key | t }}</p></pa-alert
          >
        }
      </div>
      @if (errorKey(); as key) {
        <pa-alert kind="error"
          ><p>{{ key | t }}</p></pa-alert
        >
      }
    </section>
  `,
})
export class CalendarFeedComponent {
  private readonly visitsApi = inject(MyVisitsApiService);
  private readonly planningApi = inject(PlanningApiService);

  private readonly i18n = inject(TranslationService);

  protected readonly url = signal<string | null>(null);
  /** When the live address was made (null: none). */
  private readonly createdAt = signal<string | null>(null);
  protected readonly activeSince = computed(() => {
    const at = this.createdAt();
    return at ? formatInstantDay(at, this.i18n.language()) : null;
  });

  /** The centre whose feed this is; none: the signed-in volunteer's own. */
  readonly centreId = input<string | null>(null);

  constructor() {
    effect((onCleanup) => {
      const centreId = this.centreId();
      this.url.set(null);
      const sub = (
        centreId ? this.planningApi.centreCalendarFeedStatus(centreId) : this.visitsApi.calendarFeedStatus()
      ).subscribe({
        next: (status) => this.createdAt.set(status.active ? status.createdAt : null),
        error: () => this.createdAt.set(null),
      });
      onCleanup(() => sub.unsubscribe());
    });
  }
  protected readonly busy = signal(false);
  protected readonly notice = signal<TranslationKey | null>(null);
  protected readonly errorKey = signal<TranslationKey | null>(null);

  protected create(): void {
    const replacing = this.url() !== null || this.createdAt() !== null;
    this.start();
    const centreId = this.centreId();
    (centreId
      ? this.planningApi.createCentreCalendarFeed(centreId)
      : this.visitsApi.createCalendarFeed()
    ).subscribe({
      next: (feed) => {
        this.busy.set(false);
        this.url.set(this.absolute(feed.url));
        this.createdAt.set(feed.createdAt);
        this.notice.set(replacing ? 'visits.feed.rotated' : 'visits.feed.created');
      },
      error: (error: unknown) => this.fail(error),
    });
  }

  protected revoke(): void {
    this.start();
    const centreId = this.centreId();
    (centreId
      ? this.planningApi.revokeCentreCalendarFeed(centreId)
      : this.visitsApi.revokeCalendarFeed()
    ).subscribe({
      next: () => {
        this.busy.set(false);
        this.url.set(null);
        this.createdAt.set(null);
        this.notice.set('visits.feed.revoked');
      },
      error: (error: unknown) => this.fail(error),
    });
  }

  protected copy(address: string): void {
    this.notice.set(null);
    this.errorKey.set(null);
    // Missing on plain http pages; the address stays selectable in the field.
    const clipboard = navigator.clipboard as Clipboard | undefined;
    if (!clipboard) {
      this.errorKey.set('visits.feed.copyFailed');
      return;
    }
    clipboard.writeText(address).then(
      () => this.notice.set('visits.feed.copied'),
      () => this.errorKey.set('visits.feed.copyFailed'),
    );
  }

  private start(): void {
    this.busy.set(true);
    this.notice.set(null);
    this.errorKey.set(null);
  }

  private fail(error: unknown): void {
    this.busy.set(false);
    this.errorKey.set(toUiError(error).messageKey);
  }

  /** Calendar apps need a full address; the API may answer with a path. */
  private absolute(url: string): string {
    return new URL(url, window.location.origin).toString();
  }
}
