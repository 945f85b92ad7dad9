import {
  ChangeDetectionStrategy,
  Component,
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
import { CANCELLATION_OUTCOMES, type Visit, type VisitSeriesCreated } from '@passerelle/contracts';
import { type Observable, map, switchMap } from 'rxjs';
import { PeopleApiService } from '../shared/api/people-api.service';
import { PlanningApiService } from '../shared/api/planning-api.service';
import { errorKeyOf } from '../shared/errors/error-message';
import { TranslatePipe } from '../shared/i18n/translate.pipe';
import { TranslationService } from '../shared/i18n/translation.service';
import { AlertComponent } from '../shared/ui/alert.component';
import { ErrorSummaryComponent } from '../shared/ui/error-summary.component';
import { FORM_FIELD } from '../shared/ui/form-field.component';
import { RadioOptionsComponent, type RadioOption } from '../shared/ui/radio-options.component';
import { LoadingComponent } from '../shared/ui/loading.component';
import { PageHeaderComponent } from '../shared/ui/page-header.component';
import { formatDay, isoWeekday, minutesBetween, parisDate, parisInstant, parisTime } from './paris-week';
import { OUTCOME_LABEL_KEYS, PLACE_LABEL_KEYS, STATUS_LABEL_KEYS } from './planning-labels';
import { activePeople, fullName } from './planning-people';
import { movedRrule } from './series-rule';
import { type VisitProblem, describeVisitError, problemSummary } from './visit-errors';

type CancelWho = 'centre' | (typeof CANCELLATION_OUTCOMES)[number];

/**
 * One visit: its details, moving it (date, time, duration, volunteer) and calling it off. For an
 * occurrence of a series, the move applies to this visit only, or to it and the following ones
 * (the series is split there).
 */
@Component({
  selector: 'pa-planning-visit-page',
  imports: [
    ErrorSummaryComponent,
    RouterLink,
    TranslatePipe,
    PageHeaderComponent,
    AlertComponent,
    LoadingComponent,
    FORM_FIELD,
    RadioOptionsComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  encapsulation: ViewEncapsulation.None,
  templateUrl: './planning-visit-page.component.html',
  styleUrl: './planning.css',
})
export class PlanningVisitPageComponent {
  private readonly planningApi = inject(PlanningApiService);
  private readonly peopleApi = inject(PeopleApiService);
  private readonly injector = inject(Injector);
  protected readonly i18n = inject(TranslationService);

  /** Route parameter. */
  readonly id = input.required<string>();
  readonly acrossCentres = input(false);

  protected readonly placeLabels = PLACE_LABEL_KEYS;
  protected readonly statusLabels = STATUS_LABEL_KEYS;
  protected readonly outcomeLabels = OUTCOME_LABEL_KEYS;

  protected readonly visit = rxResource<Visit, string>({
    params: () => this.id(),
    stream: ({ params: id }) => this.planningApi.visit(id),
  });
  protected readonly detail = computed(() => (this.visit.hasValue() ? this.visit.value() : null));
  protected readonly loadErrorKey = errorKeyOf(this.visit);
  protected readonly volunteers = rxResource({
    stream: () => activePeople(this.peopleApi, 'volunteer'),
  });

  protected readonly date = linkedSignal(() => {
    const visit = this.detail();
    return visit ? parisDate(visit.startsAt) : '';
  });
  protected readonly time = linkedSignal(() => {
    const visit = this.detail();
    return visit ? parisTime(visit.startsAt) : '';
  });
  protected readonly duration = linkedSignal(() => {
    const visit = this.detail();
    return visit ? minutesBetween(visit.startsAt, visit.endsAt) : 60;
  });
  protected readonly volunteerId = linkedSignal(() => this.detail()?.volunteer.id ?? '');
  protected readonly scope = signal<'one' | 'following'>('one');
  protected readonly cancelWho = signal<CancelWho>('centre');
  protected readonly cancelReason = signal('');

  protected readonly saving = signal(false);
  protected readonly problem = signal<VisitProblem | null>(null);
  protected readonly success = signal<string | null>(null);
  /** After "this and following": the first visit of the new series. */
  protected readonly movedTo = signal<string | null>(null);

  protected readonly heading = computed(() => {
    const visit = this.detail();
    return visit
      ? this.i18n.translate('planning.detail.heading', {
          day: formatDay(parisDate(visit.startsAt), this.i18n.language(), true),
        })
      : this.i18n.translate('title.planning.visit');
  });
  protected readonly cancelOptions: ReadonlyArray<RadioOption<CancelWho>> = [
    { value: 'centre', label: 'planning.cancel.who.centre' },
    { value: 'cancelled_by_senior', label: 'planning.cancel.who.senior' },
    { value: 'cancelled_by_volunteer', label: 'planning.cancel.who.volunteer' },
  ];
  protected readonly scopeOptions: ReadonlyArray<RadioOption<'one' | 'following'>> = [
    { value: 'one', label: 'planning.edit.scopeOne' },
    { value: 'following', label: 'planning.edit.scopeFollowing' },
  ];

  protected readonly problemLines = computed(() => {
    const problem = this.problem();
    return problem ? problemSummary(problem) : null;
  });

  private readonly alert = viewChild(ErrorSummaryComponent);

  protected name(person: { firstName: string; lastName: string }): string {
    return fullName(person);
  }

  protected timeRange(visit: Visit): string {
    return this.i18n.translate('planning.detail.timeValue', {
      start: parisTime(visit.startsAt),
      end: parisTime(visit.endsAt),
    });
  }

  protected number(value: string): number {
    return value.trim() === '' ? Number.NaN : Number(value);
  }

  protected save(): void {
    const visit = this.detail();
    if (!visit || this.saving()) return;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(this.date()) || !/^\d{2}:\d{2}$/.test(this.time())) return;
    const following = this.scope() === 'following' && visit.seriesId !== null && visit.occurrenceKey !== null;
    this.run(
      following
        ? this.splitFrom(visit).pipe(map((result) => this.splitMessage(result)))
        : this.planningApi
            .update(visit.id, {
              startsAt: parisInstant(this.date(), this.time()),
              durationMinutes: this.duration(),
              ...(this.volunteerId() !== visit.volunteer.id ? { volunteerId: this.volunteerId() } : {}),
            })
            .pipe(map(() => this.i18n.translate('planning.edit.saved'))),
    );
  }

  protected cancel(): void {
    const visit = this.detail();
    if (!visit || this.saving()) return;
    const who = this.cancelWho();
    this.run(
      this.planningApi
        .cancel(visit.id, {
          outcome: who === 'centre' ? null : who,
          reason: this.cancelReason().trim() || null,
        })
        .pipe(map(() => this.i18n.translate('planning.cancel.done'))),
    );
  }

  /** "This and following": the series ends here and a new one takes over, moved the same way. */
  private splitFrom(visit: Visit): Observable<VisitSeriesCreated> {
    const seriesId = visit.seriesId ?? '';
    const fromKey = visit.occurrenceKey ?? visit.startsAt;
    return this.planningApi.series(seriesId).pipe(
      switchMap(({ series, visits }) => {
        const remaining = visits.filter((v) => v.occurrenceKey !== null && v.occurrenceKey >= fromKey).length;
        return this.planningApi.splitSeries(seriesId, {
          fromOccurrenceKey: fromKey,
          firstDate: this.date(),
          time: this.time(),
          rrule: movedRrule(series.rrule, isoWeekday(this.date()), remaining),
          durationMinutes: this.duration(),
          ...(this.volunteerId() !== visit.volunteer.id ? { volunteerId: this.volunteerId() } : {}),
          skipConflicts: false,
        });
      }),
    );
  }

  private splitMessage(result: VisitSeriesCreated): string {
    this.movedTo.set(result.visits[0]?.id ?? null);
    return this.i18n.translate('planning.edit.splitDone', {
      created: result.visits.length,
      skipped: result.skipped.length,
    });
  }

  private run(call: Observable<string>): void {
    this.saving.set(true);
    this.problem.set(null);
    this.success.set(null);
    this.movedTo.set(null);
    call.subscribe({
      next: (message) => {
        this.saving.set(false);
        this.success.set(message);
        this.visit.reload();
        this.focusAlert();
      },
      error: (error: unknown) => {
        this.saving.set(false);
        this.problem.set(
          describeVisitError(error, (key, params) => this.i18n.translate(key, params), this.i18n.language()),
        );
        this.focusAlert();
      },
    });
  }

  private focusAlert(): void {
    afterNextRender(() => this.alert()?.focus(), { injector: this.injector });
  }
}
