import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import {
  AUTONOMY_LEVELS,
  EQUIPMENT_USED,
  OBSERVATIONS,
  REPORT_PLACE_TYPES,
  VISIT_OUTCOMES,
  VISIT_THEMES,
  VisitReportErrorCode,
  type Observation,
  type Visit,
} from '@passerelle/contracts';
import { of } from 'rxjs';
import { LearningApiService } from '../../shared/api/learning-api.service';
import { MyVisitsApiService } from '../../shared/api/my-visits-api.service';
import { toUiError, errorKeyOf } from '../../shared/errors/error-message';
import type { TranslationKey } from '../../shared/i18n/fr';
import { TranslatePipe } from '../../shared/i18n/translate.pipe';
import { TranslationService } from '../../shared/i18n/translation.service';
import { newId } from '../../shared/learning/learning-outbox.service';
import { AlertComponent } from '../../shared/ui/alert.component';
import { ErrorSummaryComponent } from '../../shared/ui/error-summary.component';
import { FORM_FIELD } from '../../shared/ui/form-field.component';
import { LoadingComponent } from '../../shared/ui/loading.component';
import {
  AUTONOMY_LABEL_KEYS,
  EQUIPMENT_LABEL_KEYS,
  OBSERVATION_LABEL_KEYS,
  REPORT_PLACE_TYPE_LABEL_KEYS,
  THEME_LABEL_KEYS,
  VISIT_OUTCOME_LABEL_KEYS,
} from './visit-labels';
import { choiceKey, lessonChoices, loadPurposeCourses, observationChoices } from './visit-courses';
import {
  MAX_ACTUAL_MINUTES,
  MAX_NOTES_LENGTH,
  REPORT_FIELDS,
  type ReportField,
  type VisitReportDraft,
  clearDraft,
  emptyDraft,
  readDraft,
  saveDraft,
  toReportBody,
  visitTookPlace,
} from './visit-report-draft';
import { formatVisitWhen } from '../../shared/visits/visit-time';

const REPORT_ERROR_KEYS: Readonly<Record<ReportField, TranslationKey>> = {
  outcome: 'visits.report.error.outcome',
  actualMinutes: 'visits.report.error.actualMinutes',
  notes: 'visits.report.error.notes',
  placeType: 'visits.report.error.placeType',
  autonomyLevel: 'visits.report.error.autonomyLevel',
};

const FIELD_TARGETS: Readonly<Record<ReportField, string>> = {
  outcome: 'report-outcome',
  actualMinutes: 'report-minutes',
  notes: 'report-notes',
  placeType: 'report-place-type',
  autonomyLevel: 'report-autonomy',
};

const REPORT_CODE_KEYS: Readonly<Record<string, TranslationKey>> = {
  [VisitReportErrorCode.AlreadyReported]: 'visits.report.error.alreadyReported',
  [VisitReportErrorCode.NotStarted]: 'visits.report.error.notStarted',
};

/** Errors worth trying again as they are: the network or the server, not the report. */
function isTransient(status: number | null): boolean {
  return status === null || status === 0 || status === 408 || status === 429 || status >= 500;
}

type MultiField = 'lessons' | 'equipmentUsed' | 'themes';

/**
 * The visit report, one phone screen. Every keystroke is kept on the phone (localStorage) until the
 * API accepts the report, so a reload or a dropped network loses nothing; a retry sends the same
 * `clientReportId` and record ids, which the API recognises.
 */
@Component({
  selector: 'pa-visit-report-page',
  imports: [ErrorSummaryComponent, RouterLink, TranslatePipe, LoadingComponent, AlertComponent, FORM_FIELD],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './visit-report-page.component.html',
})
export class VisitReportPageComponent {
  private readonly visitsApi = inject(MyVisitsApiService);
  private readonly learningApi = inject(LearningApiService);
  private readonly i18n = inject(TranslationService);
  private readonly injector = inject(Injector);
  private readonly document = inject(DOCUMENT);

  /** Route parameter: the visit. */
  readonly id = input.required<string>();

  protected readonly outcomes = VISIT_OUTCOMES;
  protected readonly observationValues = OBSERVATIONS;
  protected readonly placeTypes = REPORT_PLACE_TYPES;
  protected readonly autonomyLevels = AUTONOMY_LEVELS;
  protected readonly equipment = EQUIPMENT_USED;
  protected readonly themes = VISIT_THEMES;
  protected readonly outcomeLabels = VISIT_OUTCOME_LABEL_KEYS;
  protected readonly observationLabels = OBSERVATION_LABEL_KEYS;
  protected readonly placeTypeLabels = REPORT_PLACE_TYPE_LABEL_KEYS;
  protected readonly autonomyLabels = AUTONOMY_LABEL_KEYS;
  protected readonly equipmentLabels = EQUIPMENT_LABEL_KEYS;
  protected readonly themeLabels = THEME_LABEL_KEYS;
  protected readonly maxMinutes = MAX_ACTUAL_MINUTES;
  protected readonly maxNotes = MAX_NOTES_LENGTH;
  protected readonly choiceKey = choiceKey;

  protected readonly visit = rxResource<Visit, string>({
    params: () => this.id(),
    stream: ({ params: id }) => this.visitsApi.get(id),
  });
  protected readonly detail = computed(() => (this.visit.hasValue() ? this.visit.value() : null));
  protected readonly loadErrorKey = errorKeyOf(this.visit);
  protected readonly courses = rxResource({
    params: () => {
      const detail = this.detail();
      return detail ? { purpose: detail.purpose, seniorId: detail.senior.id } : undefined;
    },
    stream: ({ params }) =>
      params ? loadPurposeCourses(this.learningApi, params.purpose, params.seniorId) : of([]),
  });
  private readonly courseList = computed(() => (this.courses.hasValue() ? this.courses.value() : []));
  protected readonly lessons = computed(() => {
    const visit = this.detail();
    return visit ? lessonChoices(this.courseList(), visit.purpose) : [];
  });
  protected readonly observations = computed(() => observationChoices(this.courseList()));
  /** Skills and autonomy only make sense when the visit took place. */
  protected readonly tookPlace = computed(() => visitTookPlace(this.draft()?.outcome ?? null));
  protected readonly unreadableCourses = computed(() => this.courseList().some((c) => c.course === null));

  /** Null until the visit is read: then the stored draft, or a fresh one. */
  protected readonly draft = signal<VisitReportDraft | null>(null);
  protected readonly restored = signal(false);
  protected readonly sending = signal(false);
  protected readonly done = signal(false);
  /** The last try failed on the network or the server: the report waits on the phone. */
  protected readonly pending = signal(false);
  protected readonly errors = signal<ReportField[]>([]);
  protected readonly formErrorKey = signal<TranslationKey | null>(null);
  protected readonly errorKeys = computed(() => {
    const keys: Partial<Record<ReportField, TranslationKey>> = {};
    for (const field of this.errors()) keys[field] = REPORT_ERROR_KEYS[field];
    return keys;
  });
  protected readonly summaryItems = computed(() =>
    REPORT_FIELDS.filter((f) => this.errors().includes(f)).map((field) => ({
      field,
      key: REPORT_ERROR_KEYS[field],
      fieldId: FIELD_TARGETS[field],
    })),
  );

  private readonly summary = viewChild(ErrorSummaryComponent);

  constructor() {
    effect(() => {
      const visit = this.detail();
      if (!visit || this.draft()) return;
      if (visit.status !== 'planned') {
        // Reported already (perhaps by a try whose answer was lost) or called off: nothing to keep.
        clearDraft(visit.id);
        return;
      }
      const stored = readDraft(visit.id);
      this.restored.set(stored !== null);
      this.draft.set(stored ?? emptyDraft(visit));
    });
    // Kept while typing; removed once the API has the report.
    effect(() => {
      const draft = this.draft();
      if (draft && !this.done()) saveDraft(this.id(), draft);
    });
  }

  protected when(visit: Visit): string {
    return formatVisitWhen(visit, this.i18n.language());
  }

  protected update(change: Partial<VisitReportDraft>): void {
    this.draft.update((d) => (d ? { ...d, ...change } : d));
  }

  protected toggle(field: MultiField, value: string, checked: boolean): void {
    this.draft.update((d) => {
      if (!d) return d;
      const list: readonly string[] = d[field];
      const next = checked ? [...new Set([...list, value])] : list.filter((v) => v !== value);
      return { ...d, [field]: next };
    });
  }

  protected onPlaceType(value: string): void {
    this.update({ placeType: REPORT_PLACE_TYPES.find((p) => p === value) ?? null });
  }

  protected observationOf(courseId: string, stepKey: string): Observation | null {
    return this.draft()?.observations[choiceKey(courseId, stepKey)]?.observation ?? null;
  }

  protected observe(courseId: string, stepKey: string, observation: Observation | null): void {
    const key = choiceKey(courseId, stepKey);
    this.draft.update((d) => {
      if (!d) return d;
      const { [key]: previous, ...others } = d.observations;
      if (observation === null) return { ...d, observations: others };
      // One record id per step for the life of the draft: a retry must not observe twice.
      const recordId = previous?.recordId ?? newId();
      return { ...d, observations: { ...others, [key]: { recordId, observation } } };
    });
  }

  protected submit(): void {
    const draft = this.draft();
    const visit = this.detail();
    if (!draft || !visit || this.sending()) return;
    const check = toReportBody(draft, this.lessons(), this.observations());
    this.formErrorKey.set(null);
    if (!check.ok) {
      this.errors.set(check.errors);
      this.focusAfterRender(() => this.summary());
      return;
    }
    this.errors.set([]);
    this.sending.set(true);
    this.visitsApi.report(visit.id, check.body).subscribe({
      next: () => {
        this.sending.set(false);
        this.pending.set(false);
        this.done.set(true);
        clearDraft(visit.id);
        this.focusAfterRender(() => this.document.getElementById('report-done-title'));
      },
      error: (error: unknown) => {
        this.sending.set(false);
        const uiError = toUiError(error);
        if (isTransient(uiError.status)) {
          this.pending.set(true);
          this.focusAfterRender(() => this.document.getElementById('report-pending'));
          return;
        }
        this.pending.set(false);
        this.formErrorKey.set((uiError.code && REPORT_CODE_KEYS[uiError.code]) || uiError.messageKey);
        this.focusAfterRender(() => this.summary());
      },
    });
  }

  private focusAfterRender(target: () => { focus(): void } | null | undefined): void {
    afterNextRender(() => target()?.focus(), { injector: this.injector });
  }
}
