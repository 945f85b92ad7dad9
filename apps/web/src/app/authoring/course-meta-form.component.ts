import { ChangeDetectionStrategy, Component, DOCUMENT, computed, inject, input, output } from '@angular/core';
import type { Audience, Competence, CourseLevel, CourseMeta, Media } from '@passerelle/contracts';
import { mediaFileUrl } from '../shared/api/courses-api.service';
import type { TranslationKey } from '../shared/i18n/fr';
import { TranslatePipe } from '../shared/i18n/translate.pipe';
import { FORM_FIELD } from '../shared/ui/form-field.component';
import { AUDIENCE_LABEL_KEYS, LEVEL_LABEL_KEYS } from './authoring-labels';
import { MediaUploadComponent } from './media-upload.component';

export const AUDIENCE_OPTIONS: readonly Audience[] = ['senior', 'volunteer', 'both'];
export const LEVEL_OPTIONS: readonly CourseLevel[] = [1, 2, 3];

/** The course's information: the fields of CourseMeta. Used to create a course and in the editor. */
@Component({
  selector: 'pa-course-meta-form',
  imports: [TranslatePipe, MediaUploadComponent, FORM_FIELD],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './course-meta-form.component.html',
})
export class CourseMetaFormComponent {
  private readonly document = inject(DOCUMENT);

  readonly meta = input.required<CourseMeta>();
  readonly competences = input<readonly Competence[]>([]);
  /** First problem per field, e.g. { title: 'authoring.error.required' }. */
  readonly errors = input<Readonly<Record<string, TranslationKey>>>({});

  readonly metaChange = output<CourseMeta>();

  protected readonly audiences = AUDIENCE_OPTIONS;
  protected readonly levels = LEVEL_OPTIONS;
  protected readonly audienceLabels = AUDIENCE_LABEL_KEYS;
  protected readonly levelLabels = LEVEL_LABEL_KEYS;

  /** The chosen cover, shown so the author sees what learners will see. */
  protected readonly coverUrl = computed(() => {
    const id = this.meta().coverMediaId;
    return id ? mediaFileUrl(id) : null;
  });

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

  protected setCover(media: Media): void {
    this.patch({ coverMediaId: media.id });
  }

  /** The button disappears with the image: focus goes back to the file input, not to the page's top. */
  protected removeCover(): void {
    this.patch({ coverMediaId: null });
    this.document.getElementById('ed-coverMediaId')?.focus();
  }

  protected toggleCompetence(code: string, checked: boolean): void {
    const codes = this.meta().competenceCodes.filter((c) => c !== code);
    this.patch({ competenceCodes: checked ? [...codes, code] : codes });
  }
}
