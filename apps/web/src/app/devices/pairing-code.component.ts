import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  DestroyRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import type { PairingCode } from '@passerelle/contracts';
import { toString as qrCodeSvg } from 'qrcode';
import { DevicesApiService } from '../shared/api/devices-api.service';
import { toUiError } from '../shared/errors/error-message';
import type { TranslationKey } from '../shared/i18n/fr';
import { TranslatePipe } from '../shared/i18n/translate.pipe';
import { TranslationService } from '../shared/i18n/translation.service';

/** The API may answer a path ("/tablette?code=…"): the QR code needs the full address. */
export function absolutePairingUrl(pairingUrl: string, origin: string): string {
  return /^https?:\/\//i.test(pairingUrl) ? pairingUrl : new URL(pairingUrl, origin).toString();
}

/** Whole minutes and seconds left until `expiresAt`; zero once expired. */
export function timeLeft(
  expiresAt: string,
  now: number,
): { minutes: number; seconds: number; total: number } {
  const total = Math.max(0, Math.ceil((Date.parse(expiresAt) - now) / 1000));
  return { minutes: Math.floor(total / 60), seconds: total % 60, total };
}

/** A QR code as an image address: an <img> never runs what it shows, so the SVG needs no bypass. */
async function qrImage(url: string): Promise<string> {
  const svg = await qrCodeSvg(url, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' });
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

let nextId = 0;

/**
 * Shows a single-use six-digit code, big, and its QR code, so a senior's tablet can be paired with
 * its loan: a coordinator or the senior's volunteer holds this screen next to the tablet.
 * The countdown is written out but not announced each second; only the expiry is.
 */
@Component({
  selector: 'pa-pairing-code',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .pairing-code__panel {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 1.5rem 2.5rem;
      margin: 1rem 0;
    }
    .pairing-code__facts {
      margin: 0 0 0.75rem;
    }
    .pairing-code__label {
      font-weight: 700;
    }
    .pairing-code__value {
      display: block;
      margin: 0.25rem 0 0;
      font-family: ui-monospace, 'Cascadia Mono', Consolas, monospace;
      font-size: 3.5rem;
      font-weight: 800;
      letter-spacing: 0.3em;
      line-height: 1.1;
      color: #000;
    }
    .pairing-code__qr {
      display: block;
      width: 14rem;
      height: 14rem;
      background: #fff;
      border: 2px solid #c9ced6;
    }
    .pairing-code__panel:focus {
      outline: none;
    }
    .pairing-code__expired .pairing-code__value {
      text-decoration: line-through;
    }
  `,
  template: `
    <p>{{ 'pairing.intro' | t: { address: pairingPageAddress } }}</p>

    @if (code(); as c) {
      <div
        class="pairing-code__panel"
        tabindex="-1"
        [id]="ids.panel"
        [class.pairing-code__expired]="expired()"
      >
        <div>
          <dl class="pairing-code__facts">
            <dt class="pairing-code__label">{{ 'pairing.code' | t }}</dt>
            <dd class="pairing-code__value" data-testid="pairing-code">{{ c.code }}</dd>
          </dl>
          @if (!expired()) {
            <p>
              {{ 'pairing.expiresIn' | t: { minutes: remaining().minutes, seconds: remaining().seconds } }}
              <br />
              {{ 'pairing.expiresAt' | t: { time: expiryTime() } }}
            </p>
          }
        </div>
        @if (qr(); as src) {
          @if (!expired()) {
            <img class="pairing-code__qr" [src]="src" [alt]="'pairing.qrAlt' | t" width="224" height="224" />
          }
        }
      </div>
    }

    <div role="alert">
      @if (expired()) {
        <p class="field__error">{{ 'pairing.expired' | t }}</p>
      }
      @if (errorKey(); as key) {
        <p class="field__error">{{ key | t }}</p>
      }
    </div>

    <div class="actions">
      <button
        type="button"
        class="button"
        [class.button--primary]="!code()"
        [class.button--secondary]="code()"
        [disabled]="loading()"
        (click)="request()"
      >
        {{ (code() ? 'pairing.renew' : 'pairing.show') | t }}
      </button>
    </div>
  `,
})
export class PairingCodeComponent {
  private readonly api = inject(DevicesApiService);
  private readonly i18n = inject(TranslationService);
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);

  /** Any loan of the tablet (or smartphone) to pair. */
  readonly loanId = input.required<string>();

  protected readonly ids = { panel: `pairing-code-${nextId++}` };
  protected readonly pairingPageAddress = `${this.origin()}/tablette`;

  protected readonly code = signal<PairingCode | null>(null);
  protected readonly qr = signal<string | null>(null);
  protected readonly loading = signal(false);
  protected readonly errorKey = signal<TranslationKey | null>(null);
  private readonly now = signal(Date.now());
  private timer: ReturnType<typeof setInterval> | null = null;

  protected readonly remaining = computed(() => {
    const code = this.code();
    return code ? timeLeft(code.expiresAt, this.now()) : { minutes: 0, seconds: 0, total: 0 };
  });
  protected readonly expired = computed(() => this.code() !== null && this.remaining().total === 0);
  protected readonly expiryTime = computed(() => {
    const code = this.code();
    if (!code) return '';
    return new Intl.DateTimeFormat(this.i18n.language() === 'fr' ? 'fr-FR' : 'en-GB', {
      hour: '2-digit',
      minute: '2-digit',
    }).format(new Date(code.expiresAt));
  });

  constructor() {
    inject(DestroyRef).onDestroy(() => this.stopTimer());
  }

  /** A new code each time: asking again replaces the previous one. */
  request(): void {
    if (this.loading()) return;
    this.loading.set(true);
    this.errorKey.set(null);
    this.api.pairingCode(this.loanId()).subscribe({
      next: (code) => {
        this.loading.set(false);
        this.code.set(code);
        this.qr.set(null);
        this.now.set(Date.now());
        this.startTimer();
        const url = absolutePairingUrl(code.pairingUrl, this.origin());
        qrImage(url).then(
          (src) => {
            // A newer code may have arrived while this one was drawn.
            if (this.code() === code) this.qr.set(src);
          },
          () => undefined, // the six digits are enough without the QR code
        );
        this.focusCode();
      },
      error: (error: unknown) => {
        this.loading.set(false);
        const ui = toUiError(error);
        this.errorKey.set(ui.status === 404 ? 'pairing.error.not_found' : ui.messageKey);
      },
    });
  }

  private origin(): string {
    return this.document.defaultView?.location.origin ?? '';
  }

  private startTimer(): void {
    this.stopTimer();
    this.timer = setInterval(() => {
      this.now.set(Date.now());
      if (this.expired()) this.stopTimer();
    }, 1000);
  }

  private stopTimer(): void {
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
  }

  private focusCode(): void {
    // The code replaces the button's place in the reading order: move there so it is read out.
    afterNextRender(
      () => {
        this.document.getElementById(this.ids.panel)?.focus();
      },
      { injector: this.injector },
    );
  }
}
