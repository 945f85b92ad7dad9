import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MyVisitsApiService } from '../../shared/api/my-visits-api.service';
import { toUiError } from '../../shared/errors/error-message';
import type { TranslationKey } from '../../shared/i18n/fr';
import { TranslatePipe } from '../../shared/i18n/translate.pipe';
import { AlertComponent } from '../../shared/ui/alert.component';

/**
 * The secret iCalendar address of the volunteer's visits: created on demand, replaced (the old one
 * stops working) or removed. The API does not give an existing address back, so it is shown only
 * right after it was made.
 */
@Component({
  selector: 'pa-calendar-feed',
  imports: [TranslatePipe, AlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="section" aria-labelledby="calendar-feed-title">
      <h2 id="calendar-feed-title">{{ 'visits.feed.heading' | t }}</h2>
      <p>{{ 'visits.feed.lead' | t }}</p>
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
        <div class="actions">
          <button type="button" class="button button--primary" (click)="copy(address)">
            {{ 'visits.feed.copy' | t }}
          </button>
          <button type="button" class="button button--secondary" [disabled]="busy()" (click)="create()">
            {{ 'visits.feed.rotate' | t }}
          </button>
          <button type="button" class="button button--danger-outline" [disabled]="busy()" (click)="revoke()">
            {{ 'visits.feed.revoke' | t }}
          </button>
        </div>
      } @else {
        <div class="actions">
          <button type="button" class="button button--primary" [disabled]="busy()" (click)="create()">
            {{ 'visits.feed.create' | t }}
          </button>
          <button type="button" class="button button--danger-outline" [disabled]="busy()" (click)="revoke()">
            {{ 'visits.feed.revoke' | t }}
          </button>
        </div>
        <p class="muted">{{ 'visits.feed.createHint' | t }}</p>
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

  protected readonly url = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly notice = signal<TranslationKey | null>(null);
  protected readonly errorKey = signal<TranslationKey | null>(null);

  protected create(): void {
    const replacing = this.url() !== null;
    this.start();
    this.visitsApi.createCalendarFeed().subscribe({
      next: (feed) => {
        this.busy.set(false);
        this.url.set(this.absolute(feed.url));
        this.notice.set(replacing ? 'visits.feed.rotated' : 'visits.feed.created');
      },
      error: (error: unknown) => this.fail(error),
    });
  }

  protected revoke(): void {
    this.start();
    this.visitsApi.revokeCalendarFeed().subscribe({
      next: () => {
        this.busy.set(false);
        this.url.set(null);
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
