import type { CdkDragDrop } from '@angular/cdk/drag-drop';
import { CdkDrag, CdkDragHandle, CdkDropList } from '@angular/cdk/drag-drop';
import {
  ChangeDetectionStrategy,
  ViewEncapsulation,
  Component,
  DOCUMENT,
  Injector,
  type OnInit,
  afterNextRender,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import {
  CourseDraftSchema,
  STEP_TYPES,
  type Competence,
  type CourseContent,
  type CourseDraft,
  type CourseMeta,
  type CourseSummary,
  type FieldError,
  type Step,
  type StepType,
} from '@passerelle/contracts';
import { CoursesApiService } from '../shared/api/courses-api.service';
import { toUiError } from '../shared/errors/error-message';
import type { TranslationKey } from '../shared/i18n/fr';
import { TranslatePipe } from '../shared/i18n/translate.pipe';
import { ErrorSummaryComponent } from '../shared/ui/error-summary.component';
import { FORM_FIELD } from '../shared/ui/form-field.component';
import { TranslationService } from '../shared/i18n/translation.service';
import { AlertComponent } from '../shared/ui/alert.component';
import { LoadingComponent } from '../shared/ui/loading.component';
import { PageHeaderComponent } from '../shared/ui/page-header.component';
import { STEP_TYPE_LABEL_KEYS, errorsByField, fieldLabel, newItemTitles } from './authoring-labels';
import {
  type ItemKind,
  addLesson,
  addModule,
  addStep,
  findLesson,
  findModule,
  findStep,
  locate,
  moveLesson,
  moveModule,
  moveStep,
  removeItem,
  updateLesson,
  updateModule,
  updateStep,
  withoutBlankOptionals,
} from './content-tree';
import { CourseMetaFormComponent } from './course-meta-form.component';
import { type DraftError, type EditorTarget, fieldId, sameTarget, toDraftErrors } from './draft-errors';
import { StepFormComponent, type StepChange } from './step-form.component';

type Message = { kind: 'success' | 'error'; key: TranslationKey; params?: Record<string, string | number> };

/** What a step is called in the outline: its title, or what stands for it. */
export function stepTitle(step: Step): string {
  switch (step.type) {
    case 'text':
    case 'quiz':
      return step.title ?? '';
    case 'video':
    case 'practice':
      return step.title;
    case 'image':
      return step.caption || step.alt;
    case 'observation':
      return step.skill;
  }
}

/**
 * The course editor: the outline (modules > lessons > steps, reordered by drag and drop or by
 * "Monter"/"Descendre") on the left, the selected item's form on the right. Changes stay local until
 * "Enregistrer le brouillon"; the draft is checked with the contract's schema before it is sent.
 */
@Component({
  selector: 'pa-course-editor-page',
  imports: [
    ErrorSummaryComponent,
    RouterLink,
    CdkDropList,
    CdkDrag,
    CdkDragHandle,
    TranslatePipe,
    PageHeaderComponent,
    LoadingComponent,
    AlertComponent,
    CourseMetaFormComponent,
    StepFormComponent,
    FORM_FIELD,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  encapsulation: ViewEncapsulation.None,
  styleUrls: ['./authoring.css', './course-editor.css'],
  templateUrl: './course-editor-page.component.html',
  host: { '(window:beforeunload)': 'onBeforeUnload($event)' },
})
export class CourseEditorPageComponent implements OnInit {
  private readonly api = inject(CoursesApiService);
  private readonly i18n = inject(TranslationService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);

  /** Route parameter. */
  readonly id = input.required<string>();
  /** Route data (federation area); the editor works the same in both areas. */
  readonly library = input(false);

  protected readonly stepTypes = STEP_TYPES;
  protected readonly stepTypeLabels = STEP_TYPE_LABEL_KEYS;
  protected readonly stepTitle = stepTitle;

  protected readonly loading = signal(true);
  protected readonly loadErrorKey = signal<TranslationKey | null>(null);
  protected readonly draft = signal<CourseDraft | null>(null);
  protected readonly summary = signal<CourseSummary | null>(null);
  protected readonly competences = signal<Competence[]>([]);
  protected readonly dirty = signal(false);
  protected readonly saving = signal(false);
  protected readonly publishing = signal(false);
  protected readonly selection = signal<EditorTarget>({ kind: 'course' });
  protected readonly errors = signal<DraftError[]>([]);
  protected readonly message = signal<Message | null>(null);
  protected readonly confirmingPublish = signal(false);
  /** Key of the module, lesson or step whose removal waits for confirmation. */
  protected readonly confirmingRemoval = signal<string | null>(null);
  protected readonly newStepType = signal<StepType>('text');

  protected readonly content = computed<CourseContent>(() => this.draft()?.content ?? { modules: [] });
  protected readonly selectedModule = computed(() => {
    const s = this.selection();
    return s.kind === 'module' ? findModule(this.content(), s.key) : undefined;
  });
  protected readonly selectedLesson = computed(() => {
    const s = this.selection();
    return s.kind === 'lesson' ? findLesson(this.content(), s.key) : undefined;
  });
  protected readonly selectedStep = computed(() => {
    const s = this.selection();
    return s.kind === 'step' ? findStep(this.content(), s.key) : undefined;
  });
  /** The lesson new steps go to: the selected lesson, or the lesson of the selected step. */
  protected readonly currentLessonKey = computed(() => {
    const s = this.selection();
    if (s.kind === 'lesson') return s.key;
    if (s.kind !== 'step') return null;
    const at = locate(this.content(), s.key);
    return at?.kind === 'step'
      ? (this.content().modules[at.moduleIndex]?.lessons[at.lessonIndex]?.key ?? null)
      : null;
  });
  protected readonly selectedErrors = computed(() =>
    this.errors().filter((e) => sameTarget(e.target, this.selection())),
  );
  protected readonly selectedErrorsByField = computed(() => errorsByField(this.selectedErrors()));
  protected readonly titles = computed(() => newItemTitles(this.i18n));
  /** Error summary lines: where the problem is, and what it is. */
  protected readonly summaryItems = computed(() =>
    this.errors().map((error, index) => {
      const field = fieldLabel(this.i18n, error.field);
      return {
        index,
        error,
        text: `${this.itemLabel(error.target)}${field ? ` — ${field}` : ''} : ${this.i18n.translate(error.messageKey)}`,
        fieldId: fieldId(error.field),
        focus: () => this.goToError(error),
      };
    }),
  );

  /** Closing the tab with unsaved changes: the browser asks first. */
  protected onBeforeUnload(event: BeforeUnloadEvent): void {
    if (this.dirty()) event.preventDefault();
  }

  ngOnInit(): void {
    this.api.draft(this.id()).subscribe({
      next: (response) => {
        this.draft.set({ meta: response.meta, content: response.content });
        this.summary.set(response.summary);
        this.loading.set(false);
      },
      error: (error: unknown) => {
        this.loadErrorKey.set(toUiError(error).messageKey);
        this.loading.set(false);
      },
    });
    this.api.competences().subscribe({
      next: (list) => this.competences.set(list),
      error: () => this.competences.set([]),
    });
  }

  // ─── Selection and labels ──────────────────────────────────────────────────────────────────────

  protected select(target: EditorTarget): void {
    this.selection.set(target);
    this.focusAfterRender('ed-heading');
  }

  protected isSelected(kind: ItemKind, key: string): boolean {
    const s = this.selection();
    return s.kind === kind && s.key === key;
  }

  protected hasErrors(key: string): boolean {
    return this.errors().some((e) => e.target.kind !== 'course' && e.target.key === key);
  }

  protected readonly courseHasErrors = computed(() => this.errors().some((e) => e.target.kind === 'course'));

  /** "Module 1", "Module 1, leçon 2", "Module 1, leçon 2, étape 3 (Quiz)". */
  protected itemLabel(target: EditorTarget): string {
    if (target.kind === 'course') return this.i18n.translate('authoring.editor.courseInfo');
    const at = locate(this.content(), target.key);
    if (!at) return '';
    const m = at.moduleIndex + 1;
    if (at.kind === 'module') return this.i18n.translate('authoring.label.module', { m });
    const l = at.lessonIndex + 1;
    if (at.kind === 'lesson') return this.i18n.translate('authoring.label.lesson', { m, l });
    const step = this.content().modules[at.moduleIndex]?.lessons[at.lessonIndex]?.steps[at.stepIndex];
    const type = step ? this.i18n.translate(STEP_TYPE_LABEL_KEYS[step.type]) : '';
    return this.i18n.translate('authoring.label.step', { m, l, s: at.stepIndex + 1, type });
  }

  /** The field is on the item's own form: open it, then focus the field once it is drawn. */
  private goToError(error: DraftError): void {
    this.selection.set(error.target);
    this.focusAfterRender(fieldId(error.field));
  }

  // ─── Editing ───────────────────────────────────────────────────────────────────────────────────

  private change(update: (content: CourseContent) => CourseContent): void {
    this.draft.update((d) => (d ? { ...d, content: update(d.content) } : d));
    this.dirty.set(true);
    this.message.set(null);
  }

  protected setMeta(meta: CourseMeta): void {
    this.draft.update((d) => (d ? { ...d, meta } : d));
    this.dirty.set(true);
    this.message.set(null);
  }

  protected setModuleTitle(key: string, title: string): void {
    this.change((c) => updateModule(c, key, (m) => ({ ...m, title })));
  }

  protected setLessonTitle(key: string, title: string): void {
    this.change((c) => updateLesson(c, key, (l) => ({ ...l, title })));
  }

  protected setLessonRequired(key: string, required: boolean): void {
    this.change((c) => updateLesson(c, key, (l) => ({ ...l, required })));
  }

  protected setStep(change: StepChange): void {
    this.change((c) => updateStep(c, change.key, change.update));
  }

  protected addModule(): void {
    const n = this.content().modules.length + 1;
    const title = this.i18n.translate('authoring.new.module', { n });
    const added = addModule(this.content(), title, this.titles());
    this.change(() => added.content);
    this.select({ kind: 'module', key: added.key });
  }

  protected addLesson(moduleKey: string): void {
    const n = (findModule(this.content(), moduleKey)?.lessons.length ?? 0) + 1;
    const title = this.i18n.translate('authoring.new.lesson', { n });
    const added = addLesson(this.content(), moduleKey, title, this.titles());
    this.change(() => added.content);
    this.select({ kind: 'lesson', key: added.key });
  }

  protected addStep(lessonKey: string): void {
    const type = this.newStepType();
    const added = addStep(
      this.content(),
      lessonKey,
      type,
      this.i18n.translate(STEP_TYPE_LABEL_KEYS[type]),
      this.titles(),
    );
    this.change(() => added.content);
    this.select({ kind: 'step', key: added.key });
  }

  protected onNewStepType(value: string): void {
    const type = STEP_TYPES.find((t) => t === value);
    if (type) this.newStepType.set(type);
  }

  protected askRemoval(key: string): void {
    this.confirmingRemoval.set(key);
    this.focusAfterRender(`confirm-${key}`);
  }

  protected cancelRemoval(key: string): void {
    this.confirmingRemoval.set(null);
    this.focusAfterRender(`remove-${key}`);
  }

  protected remove(key: string): void {
    this.confirmingRemoval.set(null);
    this.change((c) => removeItem(c, key));
    const s = this.selection();
    if (s.kind !== 'course' && !locate(this.content(), s.key)) this.selection.set({ kind: 'course' });
    this.errors.update((list) => list.filter((e) => e.target.kind === 'course' || e.target.key !== key));
    this.focusAfterRender('outline-title');
  }

  // ─── Reordering (buttons and drag and drop share the same pure moves) ──────────────────────────

  protected moveModuleBy(from: number, by: -1 | 1, key: string): void {
    this.change((c) => moveModule(c, from, from + by));
    this.refocusMove(key, by);
  }

  protected moveLessonBy(moduleKey: string, from: number, by: -1 | 1, key: string): void {
    this.change((c) => moveLesson(c, moduleKey, from, from + by));
    this.refocusMove(key, by);
  }

  protected moveStepBy(lessonKey: string, from: number, by: -1 | 1, key: string): void {
    this.change((c) => moveStep(c, lessonKey, from, from + by));
    this.refocusMove(key, by);
  }

  protected dropModule(event: CdkDragDrop<unknown>): void {
    if (event.previousIndex === event.currentIndex) return;
    this.change((c) => moveModule(c, event.previousIndex, event.currentIndex));
  }

  protected dropLesson(moduleKey: string, event: CdkDragDrop<unknown>): void {
    if (event.previousIndex === event.currentIndex) return;
    this.change((c) => moveLesson(c, moduleKey, event.previousIndex, event.currentIndex));
  }

  protected dropStep(lessonKey: string, event: CdkDragDrop<unknown>): void {
    if (event.previousIndex === event.currentIndex) return;
    this.change((c) => moveStep(c, lessonKey, event.previousIndex, event.currentIndex));
  }

  /** The moved item's DOM node moves too and loses focus: give it back (to the other button at an end). */
  private refocusMove(key: string, by: -1 | 1): void {
    afterNextRender(
      () => {
        const wanted = this.document.getElementById(
          `${by < 0 ? 'up' : 'down'}-${key}`,
        ) as HTMLButtonElement | null;
        const other = this.document.getElementById(`${by < 0 ? 'down' : 'up'}-${key}`);
        (wanted && !wanted.disabled ? wanted : other)?.focus();
      },
      { injector: this.injector },
    );
  }

  private focusAfterRender(id: string): void {
    afterNextRender(
      () => (this.document.getElementById(id) ?? this.document.getElementById('ed-heading'))?.focus(),
      { injector: this.injector },
    );
  }

  // ─── Saving and publishing ─────────────────────────────────────────────────────────────────────

  /** Checks the draft here first, then sends it; field errors land on their items either way. */
  save(then?: () => void): void {
    const current = this.draft();
    if (!current || this.saving()) return;
    const payload: CourseDraft = { meta: current.meta, content: withoutBlankOptionals(current.content) };
    this.message.set(null);
    const parsed = CourseDraftSchema.safeParse(payload);
    if (!parsed.success) {
      this.showErrors(
        payload,
        parsed.error.issues.map((i) => ({
          path: i.path.map(String).join('.'),
          code: i.code,
          message: i.message,
        })),
      );
      return;
    }
    this.saving.set(true);
    this.api.saveDraft(this.id(), payload).subscribe({
      next: (response) => {
        this.saving.set(false);
        this.summary.set(response.summary);
        this.errors.set([]);
        // Typing may have continued during the call: only clear the flag if nothing changed since.
        if (this.draft() === current) this.dirty.set(false);
        if (then) then();
        else this.message.set({ kind: 'success', key: 'authoring.editor.saved' });
      },
      error: (error: unknown) => {
        this.saving.set(false);
        const ui = toUiError(error);
        if (ui.fieldErrors.length > 0) this.showErrors(payload, ui.fieldErrors);
        else this.message.set({ kind: 'error', key: ui.messageKey });
      },
    });
  }

  private showErrors(sent: CourseDraft, fieldErrors: FieldError[]): void {
    this.errors.set(toDraftErrors(sent, fieldErrors));
    this.focusAfterRender('editor-errors');
  }

  protected preview(): void {
    const go = () => void this.router.navigate(['apercu'], { relativeTo: this.route });
    if (this.dirty()) this.save(go);
    else go();
  }

  protected askPublish(): void {
    this.confirmingPublish.set(true);
    this.focusAfterRender('publish-confirm');
  }

  protected cancelPublish(): void {
    this.confirmingPublish.set(false);
    this.focusAfterRender('publish-button');
  }

  /** Saves pending changes first, so what is published is what the author sees. */
  publish(): void {
    this.confirmingPublish.set(false);
    const go = () => {
      this.publishing.set(true);
      this.api.publish(this.id()).subscribe({
        next: (course) => {
          this.publishing.set(false);
          this.summary.set(course);
          this.message.set({
            kind: 'success',
            key: 'authoring.editor.published',
            params: { version: course.publishedVersion ?? 1 },
          });
          this.focusAfterRender('editor-message');
        },
        error: (error: unknown) => {
          this.publishing.set(false);
          const ui = toUiError(error);
          const sent = this.draft();
          if (ui.fieldErrors.length > 0 && sent) this.showErrors(sent, ui.fieldErrors);
          else this.message.set({ kind: 'error', key: ui.messageKey });
        },
      });
    };
    if (this.dirty()) this.save(go);
    else go();
  }
}
