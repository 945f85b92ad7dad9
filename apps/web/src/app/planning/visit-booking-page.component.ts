import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  ViewEncapsulation,
  afterNextRender,
  computed,
  inject,
  input,
  linkedSignal,
  signal,
  viewChild,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import {
  DEFAULT_TRAVEL_BUFFER_MINUTES,
  DEFAULT_VISIT_DURATION_MINUTES,
  type Eligibility,
  type PersonRef,
  type Visit,
  type VisitPlace,
  type VisitSeriesCreated,
  type VisitSeriesInput,
  type VisitSeriesPreview,
  type VisitSuggestion,
} from '@passerelle/contracts';
import { type Observable, catchError, forkJoin, map, of, switchMap } from 'rxjs';
import { CoursesApiService } from '../shared/api/courses-api.service';
import { PeopleApiService } from '../shared/api/people-api.service';
import { PlanningApiService } from '../shared/api/planning-api.service';
import type { TranslationKey } from '../shared/i18n/fr';
import { TranslatePipe } from '../shared/i18n/translate.pipe';
import { TranslationService } from '../shared/i18n/translation.service';
import { AlertComponent } from '../shared/ui/alert.component';
import { ErrorSummaryComponent } from '../shared/ui/error-summary.component';
import { FORM_FIELD } from '../shared/ui/form-field.component';
import { RadioOptionsComponent, type RadioOption } from '../shared/ui/radio-options.component';
import { PageHeaderComponent } from '../shared/ui/page-header.component';
import {
  addDays,
  formatDay,
  isoWeekday,
  mondayOf,
  parisDate,
  parisInstant,
  parisTime,
  parisWeekOf,
  weekStarting,
} from './paris-week';
import { WEEKDAY_LABEL_KEYS } from './planning-labels';
import { activePeople, fullName } from './planning-people';
import { SeriesPreviewComponent } from './series-preview.component';
import { weeklyRrule } from './series-rule';
import { type VisitProblem, describeVisitError, ineligibilityReason, problemSummary } from './visit-errors';

export interface VolunteerChoice {
  person: PersonRef;
  /** Null when it could not be read: the booking itself will say. */
  eligibility: Eligibility | null;
}

/**
 * What a coordinator weighs in a suggestion, in plain words: the estimated journey (distance, minutes,
 * means of travel), whether the volunteer covers the senior's town or already coaches them, and their
 * weekly limit.
 */
export function suggestionFacts(
  s: VisitSuggestion,
  translate: (key: TranslationKey, params?: Record<string, string | number>) => string,
  language: string,
): string[] {
  const facts: string[] = [];
  const e = s.estimate;
  if (e) {
    const km = new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'fr-FR', {
      maximumFractionDigits: 1,
    }).format(e.distanceKm);
    const mode = translate(`planning.suggestions.mode.${e.mode ?? 'unknown'}` as TranslationKey);
    facts.push(
      e.fromTown === e.toTown
        ? translate('planning.suggestions.sameTownTrip', { town: e.toTown, minutes: e.minutes, mode })
        : translate('planning.suggestions.trip', { from: e.fromTown, km, minutes: e.minutes, mode }),
    );
  } else {
    facts.push(translate('planning.suggestions.noEstimate'));
  }
  if (s.coversTown) facts.push(translate('planning.suggestions.coversTown'));
  if (s.coaches) facts.push(translate('planning.suggestions.coaches'));
  if (s.maxVisitsPerWeek !== null)
    facts.push(translate('planning.suggestions.weekLimit', { max: s.maxVisitsPerWeek }));
  return facts;
}

/** Eligible volunteers first, then the others, each group by name. */
export function orderByEligibility(choices: readonly VolunteerChoice[]): VolunteerChoice[] {
  const rank = (c: VolunteerChoice): number => (c.eligibility?.eligible === false ? 1 : 0);
  return [...choices].sort(
    (a, b) => rank(a) - rank(b) || fullName(a.person).localeCompare(fullName(b.person), 'fr'),
  );
}

const FIELDS = [
  'senior',
  'volunteer',
  'date',
  'time',
  'duration',
  'buffer',
  'interval',
  'count',
  'until',
] as const;
type Field = (typeof FIELDS)[number];

const ERROR_KEYS: Readonly<Record<Field, TranslationKey>> = {
  senior: 'planning.error.senior',
  volunteer: 'planning.error.volunteer',
  date: 'planning.error.date',
  time: 'planning.error.time',
  duration: 'planning.error.duration',
  buffer: 'planning.error.buffer',
  interval: 'planning.error.interval',
  count: 'planning.error.count',
  until: 'planning.error.until',
};

/** Suggestions look two weeks ahead. */
const SUGGESTION_DAYS = 14;

function within(value: number, min: number, max: number): boolean {
  return Number.isInteger(value) && value >= min && value <= max;
}

/**
 * Books one visit, or (route data `series`) a weekly series: its dates are checked first, each with
 * the visits it would clash with. The volunteer's free slots of the week are offered as quick picks.
 */
@Component({
  selector: 'pa-visit-booking-page',
  imports: [
    ErrorSummaryComponent,
    RouterLink,
    TranslatePipe,
    PageHeaderComponent,
    AlertComponent,
    SeriesPreviewComponent,
    FORM_FIELD,
    RadioOptionsComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  encapsulation: ViewEncapsulation.None,
  templateUrl: './visit-booking-page.component.html',
  styleUrl: './planning.css',
})
export class VisitBookingPageComponent {
  private readonly planningApi = inject(PlanningApiService);
  private readonly peopleApi = inject(PeopleApiService);
  private readonly coursesApi = inject(CoursesApiService);
  private readonly injector = inject(Injector);
  protected readonly i18n = inject(TranslationService);

  /** Route data: a weekly series rather than one visit. */
  readonly series = input(false);
  readonly acrossCentres = input(false);
  /** Query parameters: who the form starts with. */
  readonly benevole = input<string | undefined>();
  readonly senior = input<string | undefined>();

  protected readonly weekdays = [1, 2, 3, 4, 5, 6, 7];
  protected readonly weekdayLabels = WEEKDAY_LABEL_KEYS;

  protected readonly seniorId = linkedSignal(() => this.senior() ?? '');
  protected readonly volunteerId = linkedSignal(() => this.benevole() ?? '');
  protected readonly date = signal('');
  protected readonly time = signal('');
  protected readonly duration = signal(DEFAULT_VISIT_DURATION_MINUTES);
  protected readonly place = signal<VisitPlace>('home');
  protected readonly placeNote = signal('');
  protected readonly courseIds = signal<string[]>([]);
  protected readonly note = signal('');
  protected readonly buffer = signal(DEFAULT_TRAVEL_BUFFER_MINUTES);
  protected readonly interval = signal(1);
  protected readonly weekday = linkedSignal(() => (this.date() ? isoWeekday(this.date()) : 1));
  protected readonly endKind = signal<'count' | 'until'>('count');
  protected readonly endOptions: ReadonlyArray<RadioOption<'count' | 'until'>> = [
    { value: 'count', label: 'planning.series.endCount' },
    { value: 'until', label: 'planning.series.endUntil' },
  ];
  protected readonly placeOptions: ReadonlyArray<RadioOption<VisitPlace>> = [
    { value: 'home', label: 'planning.place.home' },
    { value: 'centre', label: 'planning.place.centre' },
  ];
  protected readonly count = signal(8);
  protected readonly until = signal('');
  protected readonly skipConflicts = signal(false);

  protected readonly saving = signal(false);
  protected readonly checking = signal(false);
  protected readonly problem = signal<VisitProblem | null>(null);
  private readonly invalid = signal<Field[]>([]);
  protected readonly booked = signal<Visit | null>(null);
  protected readonly preview = signal<VisitSeriesPreview | null>(null);
  protected readonly created = signal<VisitSeriesCreated | null>(null);
  protected readonly suggesting = signal(false);
  protected readonly suggestions = signal<VisitSuggestion[] | null>(null);
  /** First day the suggestions cover: the chosen date, or today. */
  private readonly suggestionsFrom = computed(() => this.date() || parisDate(new Date()));

  protected readonly seniors = rxResource({
    stream: () => activePeople(this.peopleApi, 'senior'),
  });
  protected readonly volunteers = rxResource({
    stream: () =>
      activePeople(this.peopleApi, 'volunteer').pipe(switchMap((people) => this.withEligibility(people))),
  });
  protected readonly eligibleVolunteers = computed(() =>
    (this.volunteers.hasValue() ? this.volunteers.value() : []).filter(
      (c) => c.eligibility?.eligible !== false,
    ),
  );
  protected readonly ineligibleVolunteers = computed(() =>
    (this.volunteers.hasValue() ? this.volunteers.value() : []).filter(
      (c) => c.eligibility?.eligible === false,
    ),
  );
  protected readonly chosenVolunteer = computed(() =>
    (this.volunteers.hasValue() ? this.volunteers.value() : []).find(
      (c) => c.person.id === this.volunteerId(),
    ),
  );
  protected readonly volunteerWarning = computed(() => {
    const eligibility = this.chosenVolunteer()?.eligibility;
    return eligibility && !eligibility.eligible ? this.reason(eligibility) : null;
  });

  protected readonly courses = rxResource({
    stream: () =>
      this.coursesApi
        .list()
        .pipe(map((list) => list.filter((c) => c.publishedVersion !== null && c.audience !== 'volunteer'))),
  });

  /** The week of the chosen date (this week until one is chosen). */
  private readonly slotWeek = computed(() =>
    this.date() ? weekStarting(mondayOf(this.date())) : parisWeekOf(),
  );
  protected readonly slots = rxResource({
    params: () =>
      this.volunteerId()
        ? { id: this.volunteerId(), from: this.slotWeek().from, to: this.slotWeek().to }
        : undefined,
    stream: ({ params }) => this.planningApi.slots(params.id, params.from, params.to),
  });
  protected readonly slotPicks = computed(() => {
    const language = this.i18n.language();
    return (this.slots.hasValue() ? this.slots.value().slots : []).map((slot) => ({
      key: slot.start,
      date: parisDate(slot.start),
      time: parisTime(slot.start),
      label: this.i18n.translate('planning.slots.pick', {
        day: formatDay(parisDate(slot.start), language),
        start: parisTime(slot.start),
        end: parisTime(slot.end),
      }),
    }));
  });
  protected readonly slotsHeading = computed(() => {
    const volunteer = this.chosenVolunteer();
    return volunteer
      ? this.i18n.translate('planning.slots.heading', { name: fullName(volunteer.person) })
      : '';
  });
  protected readonly slotsHint = computed(() =>
    this.i18n.translate('planning.slots.hint', {
      from: formatDay(this.slotWeek().from, this.i18n.language()),
    }),
  );

  protected readonly suggestionsHint = computed(() =>
    this.i18n.translate('planning.suggestions.hint', {
      from: formatDay(this.suggestionsFrom(), this.i18n.language()),
    }),
  );
  protected readonly suggestionPicks = computed(() => {
    const language = this.i18n.language();
    return (this.suggestions() ?? []).map((s) => ({
      volunteer: s.volunteer,
      name: fullName(s.volunteer),
      facts: suggestionFacts(s, (key, params) => this.i18n.translate(key, params), language),
      slots: s.slots.map((slot) => ({
        key: slot.startsAt,
        date: parisDate(slot.startsAt),
        time: parisTime(slot.startsAt),
        label: this.i18n.translate('planning.suggestions.pick', {
          name: fullName(s.volunteer),
          day: formatDay(parisDate(slot.startsAt), language),
          start: parisTime(slot.startsAt),
        }),
      })),
    }));
  });

  protected readonly errorKeys = computed(() => {
    const keys: Partial<Record<Field, TranslationKey>> = {};
    for (const field of this.invalid()) keys[field] = ERROR_KEYS[field];
    return keys;
  });
  protected readonly summaryItems = computed(() =>
    FIELDS.flatMap((field) => {
      const key = this.errorKeys()[field];
      return key ? [{ field, key, fieldId: `booking-${field}` }] : [];
    }),
  );
  protected readonly bookedText = computed(() => {
    const visit = this.booked();
    if (!visit) return '';
    return this.i18n.translate('planning.form.booked', {
      day: formatDay(parisDate(visit.startsAt), this.i18n.language()),
      start: parisTime(visit.startsAt),
      end: parisTime(visit.endsAt),
      senior: fullName(visit.senior),
      volunteer: fullName(visit.volunteer),
    });
  });
  protected readonly createdText = computed(() => {
    const result = this.created();
    return result
      ? this.i18n.translate('planning.series.created', {
          created: result.visits.length,
          skipped: result.skipped.length,
        })
      : '';
  });
  protected readonly previewSummary = computed(() => {
    const preview = this.preview();
    return preview
      ? this.i18n.translate('planning.series.previewSummary', {
          count: preview.occurrences.length,
          conflicts: preview.conflictCount,
        })
      : '';
  });

  /** A refusal from the server leads the summary; the fields left wrong follow it. */
  protected readonly summaryLines = computed(() => {
    const problem = this.problem();
    const lines = problem ? problemSummary(problem) : { lead: null, errors: [] };
    return { lead: lines.lead, errors: [...lines.errors, ...this.summaryItems()] };
  });

  private readonly summary = viewChild(ErrorSummaryComponent);
  private readonly outcome = viewChild<ElementRef<HTMLElement>>('outcome');

  protected reason(eligibility: Eligibility): string {
    return ineligibilityReason(eligibility, (key, params) => this.i18n.translate(key, params));
  }

  protected name(person: PersonRef): string {
    return fullName(person);
  }

  protected pickSlot(date: string, time: string): void {
    this.date.set(date);
    this.time.set(time);
  }

  /** Fills the volunteer, date and start time from a suggestion. */
  protected pickSuggestion(volunteerId: string, date: string, time: string): void {
    this.volunteerId.set(volunteerId);
    this.date.set(date);
    this.time.set(time);
  }

  protected chooseSenior(id: string): void {
    this.seniorId.set(id);
    this.suggestions.set(null);
  }

  /** Asks for volunteers and start times once the senior and the duration are chosen. */
  protected proposeSlots(): void {
    const invalid: Field[] = [];
    if (!this.seniorId()) invalid.push('senior');
    if (!within(this.duration(), 15, 480)) invalid.push('duration');
    this.invalid.set(invalid);
    this.problem.set(null);
    if (invalid.length > 0) {
      this.focusAfterRender(() => this.summary());
      return;
    }
    if (this.suggesting()) return;
    const from = this.suggestionsFrom();
    this.suggesting.set(true);
    this.planningApi
      .suggestions({
        seniorId: this.seniorId(),
        durationMinutes: this.duration(),
        from,
        to: addDays(from, SUGGESTION_DAYS - 1),
      })
      .subscribe({
        next: (result) => {
          this.suggesting.set(false);
          this.suggestions.set(result.suggestions);
        },
        error: (error: unknown) => {
          this.suggesting.set(false);
          this.fail(error);
        },
      });
  }

  protected toggleCourse(id: string, checked: boolean): void {
    this.courseIds.update((ids) => (checked ? [...new Set([...ids, id])] : ids.filter((c) => c !== id)));
  }

  protected number(value: string): number {
    return value.trim() === '' ? Number.NaN : Number(value);
  }

  protected bookAnother(): void {
    this.booked.set(null);
    this.created.set(null);
    this.preview.set(null);
    this.date.set('');
    this.time.set('');
  }

  protected submit(): void {
    if (this.series()) this.createSeries();
    else this.book();
  }

  protected checkDates(): void {
    const body = this.seriesInput();
    if (!body || this.checking()) return;
    this.checking.set(true);
    this.planningApi.previewSeries(body).subscribe({
      next: (preview) => {
        this.checking.set(false);
        this.preview.set(preview);
      },
      error: (error: unknown) => {
        this.checking.set(false);
        this.fail(error);
      },
    });
  }

  private book(): void {
    if (!this.validate() || this.saving()) return;
    this.saving.set(true);
    this.planningApi
      .book({
        seniorId: this.seniorId(),
        volunteerId: this.volunteerId(),
        startsAt: parisInstant(this.date(), this.time()),
        durationMinutes: this.duration(),
        travelBufferMinutes: this.buffer(),
        place: this.place(),
        placeNote: this.placeNote().trim() || null,
        purpose: { courseIds: this.courseIds(), lessonKeys: [], note: this.note().trim() || null },
      })
      .subscribe({
        next: (visit) => {
          this.saving.set(false);
          this.booked.set(visit);
          this.focusAfterRender(() => this.outcome()?.nativeElement);
        },
        error: (error: unknown) => {
          this.saving.set(false);
          this.fail(error);
        },
      });
  }

  private createSeries(): void {
    const body = this.seriesInput();
    if (!body || this.saving()) return;
    this.saving.set(true);
    this.planningApi.createSeries({ ...body, skipConflicts: this.skipConflicts() }).subscribe({
      next: (result) => {
        this.saving.set(false);
        this.created.set(result);
        this.focusAfterRender(() => this.outcome()?.nativeElement);
      },
      error: (error: unknown) => {
        this.saving.set(false);
        this.fail(error);
      },
    });
  }

  private seriesInput(): VisitSeriesInput | null {
    if (!this.validate()) return null;
    return {
      seniorId: this.seniorId(),
      volunteerId: this.volunteerId(),
      firstDate: this.date(),
      time: this.time(),
      rrule: weeklyRrule({
        interval: this.interval(),
        weekday: this.weekday(),
        end:
          this.endKind() === 'count'
            ? { kind: 'count', count: this.count() }
            : { kind: 'until', until: this.until() },
      }),
      durationMinutes: this.duration(),
      travelBufferMinutes: this.buffer(),
      place: this.place(),
      placeNote: this.placeNote().trim() || null,
      purpose: { courseIds: this.courseIds(), lessonKeys: [], note: this.note().trim() || null },
    };
  }

  private validate(): boolean {
    const invalid: Field[] = [];
    if (!this.seniorId()) invalid.push('senior');
    if (!this.volunteerId()) invalid.push('volunteer');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(this.date())) invalid.push('date');
    if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(this.time())) invalid.push('time');
    if (!within(this.duration(), 15, 480)) invalid.push('duration');
    if (!within(this.buffer(), 0, 240)) invalid.push('buffer');
    if (this.series()) {
      if (!within(this.interval(), 1, 52)) invalid.push('interval');
      if (this.endKind() === 'count' && !within(this.count(), 1, 104)) invalid.push('count');
      if (
        this.endKind() === 'until' &&
        !(/^\d{4}-\d{2}-\d{2}$/.test(this.until()) && this.until() >= this.date())
      )
        invalid.push('until');
    }
    this.invalid.set(invalid);
    this.problem.set(null);
    if (invalid.length > 0) this.focusAfterRender(() => this.summary());
    return invalid.length === 0;
  }

  private fail(error: unknown): void {
    this.problem.set(
      describeVisitError(error, (key, params) => this.i18n.translate(key, params), this.i18n.language()),
    );
    this.focusAfterRender(() => this.summary());
  }

  /** One request per centre (a coordinator has one), however many volunteers it has. */
  private withEligibility(
    people: Array<PersonRef & { centreId: string | null }>,
  ): Observable<VolunteerChoice[]> {
    const centreIds = [...new Set(people.flatMap((p) => (p.centreId ? [p.centreId] : [])))];
    if (centreIds.length === 0) return of(people.map((person) => ({ person, eligibility: null })));
    return forkJoin(
      centreIds.map((centreId) =>
        this.planningApi.centreEligibility(centreId).pipe(
          map((centre) => centre.volunteers),
          catchError(() => of<Eligibility[]>([])),
        ),
      ),
    ).pipe(
      map((lists) => {
        const byVolunteer = new Map(lists.flat().map((e) => [e.volunteerId, e]));
        return orderByEligibility(
          people.map((p) => ({
            person: { id: p.id, firstName: p.firstName, lastName: p.lastName },
            eligibility: byVolunteer.get(p.id) ?? null,
          })),
        );
      }),
    );
  }

  private focusAfterRender(target: () => { focus(): void } | null | undefined): void {
    afterNextRender(() => target()?.focus(), { injector: this.injector });
  }
}
