import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  Injector,
  afterNextRender,
  inject,
  input,
  signal,
  type OnInit,
} from '@angular/core';
import { Router } from '@angular/router';
import { AuthService } from '../shared/auth/auth.service';
import { ROLE_HOME } from '../shared/auth/role-home';
import { toUiError } from '../shared/errors/error-message';
import type { TranslationKey } from '../shared/i18n/fr';
import { TranslatePipe } from '../shared/i18n/translate.pipe';

const CODE_PATTERN = /^[0-9]{6}$/;

/** Keeps the digits only: a code typed "123 456" or pasted with a dash still works. */
export function normalizePairingCode(value: string): string {
  return value.replace(/\D/g, '').slice(0, 6);
}

/** The pairing error in words a senior understands. */
export function pairingErrorKey(error: unknown): TranslationKey {
  const ui = toUiError(error);
  if (ui.status === 0) return 'tablet.error.network';
  if (ui.status === 429) return 'tablet.error.tooMany';
  if (ui.status === 400 || ui.status === 401 || ui.code === 'invalid_pairing_code')
    return 'tablet.error.invalid';
  return ui.messageKey;
}

/**
 * Public page where a tablet is paired with its senior: opened from the QR code (the code is in the
 * address and is sent at once) or typed here. Senior-screen style: AAA contrast, huge type and
 * targets, one field, plain words. On success the tablet keeps a device credential and opens on
 * the senior's home; it never asks for a password again.
 */
@Component({
  selector: 'pa-tablet-pairing-page',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: '../senior/senior.css',
  styles: `
    .tablet-pairing__form {
      display: grid;
      gap: 1.5rem;
      max-width: 30rem;
    }
    .tablet-pairing__label {
      display: block;
      font-size: 1.6rem;
      font-weight: 700;
      color: #000;
    }
    .tablet-pairing__input {
      display: block;
      width: 100%;
      min-height: 5rem;
      padding: 0.5rem 1rem;
      font-family: ui-monospace, 'Cascadia Mono', Consolas, monospace;
      font-size: 3rem;
      font-weight: 700;
      letter-spacing: 0.4em;
      color: #000;
      background: #fff;
      border: 3px solid #000;
      border-radius: 0.75rem;
    }
    .tablet-pairing__input:focus-visible {
      outline: 5px solid #000;
      outline-offset: 4px;
    }
    .tablet-pairing__input[aria-invalid='true'] {
      border-width: 5px;
      border-color: #8b0000;
    }
    .tablet-pairing__submit {
      min-height: 4.5rem;
      padding: 1rem 2rem;
      border: 3px solid #0b2545;
      border-radius: 1rem;
      background: #0b2545;
      color: #fff;
      font: inherit;
      font-size: 1.9rem;
      font-weight: 700;
      cursor: pointer;
    }
    .tablet-pairing__submit:hover:not(:disabled) {
      background: #000;
      border-color: #000;
    }
    .tablet-pairing__submit:focus-visible {
      outline: 5px solid #000;
      outline-offset: 5px;
    }
    .tablet-pairing__submit:disabled {
      cursor: wait;
    }
    /* Dark red on white: 10:1. The message starts with words, never a colour alone. */
    .tablet-pairing__error {
      margin: 0;
      padding: 1rem 1.25rem;
      border: 4px solid #8b0000;
      border-radius: 0.75rem;
      background: #fff;
      color: #8b0000;
      font-size: 1.5rem;
      font-weight: 700;
    }
    .tablet-pairing__status {
      font-size: 1.6rem;
      color: #000;
      margin: 0;
    }
  `,
  template: `
    <div class="senior">
      <h1 class="senior__heading">{{ 'tablet.heading' | t }}</h1>
      <p class="senior__lead" id="tablet-code-intro">{{ 'tablet.intro' | t }}</p>

      <div aria-live="polite">
        @if (status(); as key) {
          <p class="tablet-pairing__status">{{ key | t }}</p>
        }
      </div>

      <form class="tablet-pairing__form" novalidate (submit)="$event.preventDefault(); submit()">
        <div role="alert">
          @if (errorKey(); as key) {
            <p class="tablet-pairing__error" id="tablet-code-error">{{ key | t }}</p>
          }
        </div>
        <label class="tablet-pairing__label" for="tablet-code">{{ 'tablet.code' | t }}</label>
        <input
          id="tablet-code"
          class="tablet-pairing__input"
          type="text"
          inputmode="numeric"
          pattern="[0-9]*"
          autocomplete="one-time-code"
          maxlength="7"
          [value]="typed()"
          [attr.aria-invalid]="errorKey() ? true : null"
          [attr.aria-describedby]="errorKey() ? 'tablet-code-intro tablet-code-error' : 'tablet-code-intro'"
          (input)="onInput($event)"
        />
        <button type="submit" class="tablet-pairing__submit" [disabled]="pairing()">
          {{ (pairing() ? 'tablet.submitting' : 'tablet.submit') | t }}
        </button>
      </form>
    </div>
  `,
})
export class TabletPairingPageComponent implements OnInit {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);

  /** From the QR code's address (`?code=123456`). */
  readonly code = input<string | undefined>();

  /** What is typed in the field (digits only). */
  protected readonly typed = signal('');
  protected readonly pairing = signal(false);
  protected readonly errorKey = signal<TranslationKey | null>(null);
  protected readonly status = signal<TranslationKey | null>(null);

  ngOnInit(): void {
    const fromAddress = normalizePairingCode(this.code() ?? '');
    if (CODE_PATTERN.test(fromAddress)) {
      this.typed.set(fromAddress);
      this.pair(fromAddress);
    }
  }

  protected onInput(event: Event): void {
    const field = event.target as HTMLInputElement;
    const digits = normalizePairingCode(field.value);
    // Letters and spaces are dropped as they are typed, so the field shows what will be sent.
    if (field.value !== digits) field.value = digits;
    this.typed.set(digits);
  }

  submit(): void {
    if (this.pairing()) return;
    const code = normalizePairingCode(this.typed());
    if (!CODE_PATTERN.test(code)) {
      this.fail('tablet.error.format');
      return;
    }
    this.pair(code);
  }

  private pair(code: string): void {
    this.pairing.set(true);
    this.errorKey.set(null);
    this.status.set('tablet.pairing');
    this.auth.pairTablet(code).subscribe({
      next: (user) => {
        this.pairing.set(false);
        this.status.set('tablet.success');
        void this.router.navigateByUrl(ROLE_HOME[user.role], { replaceUrl: true });
      },
      error: (error: unknown) => {
        this.pairing.set(false);
        this.status.set(null);
        this.typed.set('');
        this.fail(pairingErrorKey(error));
      },
    });
  }

  private fail(key: TranslationKey): void {
    this.errorKey.set(key);
    afterNextRender(() => this.document.getElementById('tablet-code')?.focus(), { injector: this.injector });
  }
}
