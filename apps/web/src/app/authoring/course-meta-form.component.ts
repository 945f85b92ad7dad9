import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import type { Audience, Competence, CourseLevel, CourseMeta } from '@passerelle/contracts';
import type { TranslationKey } from '../shared/i18n/fr';
import { TranslatePipe } from '../shared/i18n/translate.pipe';
import { AUDIENCE_LABEL_KEYS, LEVEL_LABEL_KEYS } from './authoring-labels';

export const AUDIENCE_OPTIONS: readonly Audience[] = ['senior', 'volunteer', 'both'];
export const LEVEL_OPTIONS: readonly CourseLevel[] = [1, 2, 3];

/** The course's information: the fields of CourseMeta. Used to create a course and in the editor. */
@Component({
  selector: 'pa-course-meta-form',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './course-meta-form.component.html',
})
export class CourseMetaFormComponent {
  readonly meta = input.required<CourseMeta>();
  readonly competences = input<readonly Competence[]>([]);
  /** First problem per field, e.g. { title: 'authoring.error.required' }. */
  readonly errors = input<Readonly<Record<string, TranslationKey>>>({});

  readonly metaChange = output<CourseMeta>();

  protected readonly audiences = AUDIENCE_OPTIONS;
  protected readonly levels = LEVEL_OPTIONS;
  protected readonly audienceLabels = AUDIENCE_LABEL_KEYS;
  protected readonly levelLabels = LEVEL_LABEL_KEYS;

  /** The Pix framework grouped by area, in the order received. */
  protected readonly areas = computed(() => {
    const groups = new Map<string, Competence[]>();
    for (const competence of this.competences()) {
      groups.set(competence.area, [...(groups.get(competence.area) ?? []), competence]);
    }
    return [...groups.entries()].map(([area, items], index) => ({ area, items, id: `ed-area-${index}` }));
  });

  protected error(field: string): TranslationKey | null {
    return this.errors()[field] ?? null;
  }

  protected describedBy(id: string, field: string, hint = false): string | null {
    const ids = [hint ? `${id}-hint` : '', this.error(field) ? `${id}-error` : ''].filter(Boolean);
    return ids.length ? ids.join(' ') : null;
  }

  protected patch(changes: Partial<CourseMeta>): void {
    this.metaChange.emit({ ...this.meta(), ...changes });
  }

  protected setMinutes(value: string): void {
    this.patch({ estimatedMinutes: value.trim() === '' ? Number.NaN : Number(value) });
  }

  protected setLevel(value: string): void {
    const level = LEVEL_OPTIONS.find((l) => String(l) === value);
    if (level) this.patch({ level });
  }

  protected toggleCompetence(code: string, checked: boolean): void {
    const codes = this.meta().competenceCodes.filter((c) => c !== code);
    this.patch({ competenceCodes: checked ? [...codes, code] : codes });
  }
}
