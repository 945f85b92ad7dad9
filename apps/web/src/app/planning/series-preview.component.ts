import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import type { SeriesOccurrence } from '@passerelle/contracts';
import { TranslatePipe } from '../shared/i18n/translate.pipe';
import { TranslationService } from '../shared/i18n/translation.service';
import { formatDay, parisDate, parisTime } from './paris-week';
import { conflictSentence } from './visit-errors';

interface OccurrenceLine {
  key: string;
  when: string;
  conflicts: string[];
  weekFull: boolean;
}

/**
 * Every date of a would-be series, each marked free, in conflict with the visits in the way, or in a week
 * the volunteer already has their maximum of visits.
 */
@Component({
  selector: 'pa-series-preview',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ol class="planning-list planning-preview">
      @for (line of lines(); track line.key) {
        <li>
          <strong>{{ line.when }}</strong>
          @if (line.weekFull) {
            <span class="planning-badge planning-badge--conflict">{{ 'planning.series.weekFull' | t }}</span>
          } @else if (line.conflicts.length === 0) {
            <span class="planning-badge planning-badge--free">{{ 'planning.series.free' | t }}</span>
          } @else {
            <span class="planning-badge planning-badge--conflict">{{ 'planning.series.conflict' | t }}</span>
            <ul>
              @for (c of line.conflicts; track $index) {
                <li>{{ c }}</li>
              }
            </ul>
          }
        </li>
      }
    </ol>
  `,
})
export class SeriesPreviewComponent {
  private readonly i18n = inject(TranslationService);

  readonly occurrences = input.required<readonly SeriesOccurrence[]>();

  protected readonly lines = computed<OccurrenceLine[]>(() => {
    const language = this.i18n.language();
    const t = this.i18n.translate.bind(this.i18n);
    return this.occurrences().map((o) => ({
      key: o.occurrenceKey,
      when: `${formatDay(parisDate(o.startsAt), language, true)}, ${parisTime(o.startsAt)}–${parisTime(o.endsAt)}`,
      conflicts: o.conflicts.map((c) => conflictSentence(c, t, language)),
      weekFull: o.weekFull,
    }));
  });
}
