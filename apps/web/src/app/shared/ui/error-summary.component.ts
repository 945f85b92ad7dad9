import { ChangeDetectionStrategy, Component, DOCUMENT, ElementRef, inject, input } from '@angular/core';
import type { TranslationKey } from '../i18n/fr';
import { TranslatePipe } from '../i18n/translate.pipe';
import { TranslationService, type TranslationParams } from '../i18n/translation.service';

/** A line of the summary: a translation key (with its placeholders) or text already translated. */
export type ErrorSummaryMessage =
  { readonly key: TranslationKey; readonly params?: TranslationParams } | { readonly text: string };

/**
 * One error. With `fieldId` it links to that element (`href="#<fieldId>"`) and a click focuses it
 * (for a fieldset, its chosen or first option); `focus` replaces that when the field needs more.
 */
export type ErrorSummaryItem = ErrorSummaryMessage & {
  readonly fieldId?: string;
  readonly focus?: () => void;
};

/**
 * A group of radios or checkboxes is linked by its fieldset's id; unless the fieldset takes focus
 * itself, the chosen option (else the first one) is what the keyboard user lands on.
 */
function focusable(target: HTMLElement): HTMLElement {
  if (!(target instanceof HTMLFieldSetElement) || target.hasAttribute('tabindex')) return target;
  return (
    target.querySelector<HTMLElement>('input:checked:not(:disabled)') ??
    target.querySelector<HTMLElement>(
      'input:not(:disabled), select:not(:disabled), textarea:not(:disabled)',
    ) ??
    target
  );
}

/**
 * The box at the top of a form that failed: a heading, an optional lead, then the errors, each
 * linking to its field. The host itself is the alert and takes focus (`tabindex="-1"`), so a page
 * can focus it once it appears (`viewChild('summary', { read: ElementRef })` or its `id`).
 *
 * ```html
 * <pa-error-summary #summary titleId="person-error-title" [formError]="formErrorKey()" [errors]="summaryItems()" />
 * ```
 */
@Component({
  selector: 'pa-error-summary',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: {
    class: 'error-summary',
    role: 'alert',
    tabindex: '-1',
    '[attr.aria-labelledby]': 'titleId()',
  },
  template: `
    @switch (level()) {
      @case (3) {
        <h3 class="error-summary__title" [id]="titleId()">{{ heading() | t }}</h3>
      }
      @case (4) {
        <h4 class="error-summary__title" [id]="titleId()">{{ heading() | t }}</h4>
      }
      @default {
        <h2 class="error-summary__title" [id]="titleId()">{{ heading() | t }}</h2>
      }
    }
    @if (lead(); as message) {
      <p>{{ text(message) }}</p>
    }
    @if (formError() || errors().length > 0) {
      <ul class="error-summary__list">
        @if (formError(); as key) {
          <li>{{ key | t }}</li>
        }
        @for (item of errors(); track $index) {
          <li>
            @if (item.fieldId; as id) {
              <a [href]="'#' + id" (click)="follow($event, item, id)">{{ text(item) }}</a>
            } @else {
              {{ text(item) }}
            }
          </li>
        }
      </ul>
    }
  `,
})
export class ErrorSummaryComponent {
  private readonly document = inject(DOCUMENT);
  private readonly i18n = inject(TranslationService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  /** The heading's id, which names the alert (`aria-labelledby`); unique on the page. */
  readonly titleId = input.required<string>();
  readonly heading = input<TranslationKey>('common.errorSummaryTitle');
  /** The heading level that fits the page outline (a summary inside a step or a panel goes lower). */
  readonly level = input<2 | 3 | 4>(2);
  /** A paragraph between the heading and the list. */
  readonly lead = input<ErrorSummaryMessage | null>(null);
  /** A problem with no field to point at (the server refused), listed first without a link. */
  readonly formError = input<TranslationKey | null>(null);
  readonly errors = input<readonly ErrorSummaryItem[]>([]);

  /** Moves focus to the summary so it is read out first. */
  focus(): void {
    this.host.nativeElement.focus();
  }

  protected text(message: ErrorSummaryMessage): string {
    return 'key' in message ? this.i18n.translate(message.key, message.params) : message.text;
  }

  /** The link keeps a real target for "open in new tab" and no-JS; a click focuses the field instead of scrolling. */
  protected follow(event: Event, item: ErrorSummaryItem, fieldId: string): void {
    event.preventDefault();
    if (item.focus) item.focus();
    else {
      const target = this.document.getElementById(fieldId);
      if (target) focusable(target).focus();
    }
  }
}
