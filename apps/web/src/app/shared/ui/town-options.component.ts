import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import type { Place } from '@passerelle/contracts';
import type { Subscription } from 'rxjs';
import { PlacesApiService } from '../api/places-api.service';
import { TranslatePipe } from '../i18n/translate.pipe';

/** How long typing pauses before the town list is asked for. */
export const TOWN_SEARCH_DELAY_MS = 250;

/**
 * The towns the travel estimates know, offered to a text field (`list="<listId>"` on the input) as
 * one types, and a note when what is typed is not one of them (ADR 0014). The field stays free text:
 * a town missing from the gazetteer can still be saved.
 */
@Component({
  selector: 'pa-town-options',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <datalist [id]="listId()">
      @for (place of places(); track place.name + place.department) {
        <option [value]="place.name">{{ place.name }} ({{ place.department }})</option>
      }
    </datalist>
    <p class="field__hint town-options__note" aria-live="polite">
      @if (unknown(); as town) {
        {{ 'places.unknown' | t: { town } }}
      }
    </p>
  `,
})
export class TownOptionsComponent {
  private readonly api = inject(PlacesApiService);

  readonly listId = input.required<string>();
  /** What the field holds now. */
  readonly typed = input<string>('');

  protected readonly places = signal<Place[]>([]);
  /** The typed text when no town of the gazetteer is it or starts with it. */
  protected readonly unknown = signal<string | null>(null);

  private timer: ReturnType<typeof setTimeout> | undefined;
  private request: Subscription | undefined;

  constructor() {
    inject(DestroyRef).onDestroy(() => this.stop());
    effect(() => {
      const typed = this.typed().trim();
      untracked(() => this.lookUp(typed));
    });
  }

  private lookUp(typed: string): void {
    this.stop();
    if (typed.length < 2) {
      this.places.set([]);
      this.unknown.set(null);
      return;
    }
    this.timer = setTimeout(() => {
      this.request = this.api.search(typed).subscribe({
        next: (found) => {
          this.places.set(found.places);
          // Said only once nothing matches: "Lil" on its way to "Lille" is no mistake.
          this.unknown.set(found.known || found.places.length > 0 ? null : typed);
        },
        error: () => {
          this.places.set([]);
          this.unknown.set(null);
        },
      });
    }, TOWN_SEARCH_DELAY_MS);
  }

  private stop(): void {
    clearTimeout(this.timer);
    this.request?.unsubscribe();
  }
}
