import {
  ChangeDetectionStrategy,
  ViewEncapsulation,
  Component,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { CourseMetaSchema, type CourseMeta, type FieldError } from '@passerelle/contracts';
import { CoursesApiService, type CreateCourseBody } from '../shared/api/courses-api.service';
import { toUiError } from '../shared/errors/error-message';
import type { TranslationKey } from '../shared/i18n/fr';
import { TranslatePipe } from '../shared/i18n/translate.pipe';
import { TranslationService } from '../shared/i18n/translation.service';
import { PageHeaderComponent } from '../shared/ui/page-header.component';
import { errorsByField, newItemTitles } from './authoring-labels';
import { starterContent } from './content-tree';
import { CourseMetaFormComponent } from './course-meta-form.component';
import { toDraftErrors } from './draft-errors';

export const EMPTY_META: CourseMeta = {
  title: '',
  summary: '',
  audience: 'senior',
  level: 1,
  estimatedMinutes: 30,
  competenceCodes: [],
  requiredForVisits: false,
};

/** "Créer un cours": the course's information, then the editor opens on a first module to fill in. */
import { ErrorSummaryComponent } from '../shared/ui/error-summary.component';
@Component({
  selector: 'pa-course-create-page',
  imports: [ErrorSummaryComponent, RouterLink, TranslatePipe, PageHeaderComponent, CourseMetaFormComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  encapsulation: ViewEncapsulation.None,
  styleUrl: './authoring.css',
  template: `
    <p>
      <a class="back-link" routerLink="..">{{ 'authoring.back' | t }}</a>
    </p>
    <pa-page-header
      [heading]="'authoring.create.heading' | t"
      [lead]="(library() ? 'authoring.create.leadLibrary' : 'authoring.create.lead') | t"
    />

    @if (summaryItems().length > 0 || formErrorKey()) {
      <pa-error-summary titleId="create-error-title" [formError]="formErrorKey()" [errors]="summaryItems()" />
    }

    <form class="form" novalidate (submit)="$event.preventDefault(); create()">
      <pa-course-meta-form
        [meta]="meta()"
        [competences]="competences.value() ?? []"
        [errors]="fieldErrors()"
        (metaChange)="meta.set($event)"
      />
      <div class="actions">
        <button type="submit" class="button button--primary" [disabled]="saving()">
          {{ (saving() ? 'common.saving' : 'authoring.create.submit') | t }}
        </button>
        <a class="button button--secondary" routerLink="..">{{ 'common.cancel' | t }}</a>
      </div>
    </form>
  `,
})
export class CourseCreatePageComponent {
  private readonly api = inject(CoursesApiService);
  private readonly i18n = inject(TranslationService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  /** Route data: a federation admin creates in the federation library. */
  readonly library = input(false);

  protected readonly meta = signal<CourseMeta>(EMPTY_META);
  protected readonly saving = signal(false);
  protected readonly formErrorKey = signal<TranslationKey | null>(null);
  private readonly errors = signal<FieldError[]>([]);
  protected readonly competences = rxResource({ stream: () => this.api.competences() });

  protected readonly fieldErrors = computed(() =>
    errorsByField(
      toDraftErrors({ meta: this.meta(), content: { modules: [] } }, this.errors()).filter(
        (e) => e.target.kind === 'course',
      ),
    ),
  );
  protected readonly summaryItems = computed(() =>
    Object.entries(this.fieldErrors()).map(([field, key]) => ({ field, key, fieldId: `ed-${field}` })),
  );

  protected create(): void {
    this.formErrorKey.set(null);
    const parsed = CourseMetaSchema.safeParse(this.meta());
    if (!parsed.success) {
      this.errors.set(
        parsed.error.issues.map((i) => ({
          path: ['meta', ...i.path].join('.'),
          code: i.code,
          message: i.message,
        })),
      );
      return;
    }
    this.errors.set([]);
    const content = starterContent({
      ...newItemTitles(this.i18n),
      text: this.i18n.translate('authoring.new.text'),
    });
    const body: CreateCourseBody = { meta: parsed.data, content };
    if (this.library()) body.centreId = null;
    this.saving.set(true);
    this.api.create(body).subscribe({
      next: (course) => {
        this.saving.set(false);
        void this.router.navigate(['..', course.id], { relativeTo: this.route });
      },
      error: (error: unknown) => {
        this.saving.set(false);
        const ui = toUiError(error);
        this.errors.set(ui.fieldErrors);
        this.formErrorKey.set(ui.fieldErrors.length ? null : ui.messageKey);
      },
    });
  }
}
