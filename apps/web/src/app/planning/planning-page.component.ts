import {
  ChangeDetectionStrategy,
  Component,
  ViewEncapsulation,
  computed,
  inject,
  input,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { Router, RouterLink } from '@angular/router';
import type { Availability, Eligibility, Visit } from '@passerelle/contracts';
import { PeopleApiService } from '../shared/api/people-api.service';
import { AuthService } from '../shared/auth/auth.service';
import { CalendarFeedComponent } from '../shared/visits/calendar-feed.component';
import { PlanningApiService } from '../shared/api/planning-api.service';
import { errorKeyOf } from '../shared/errors/error-message';
import { TranslatePipe } from '../shared/i18n/translate.pipe';
import { TranslationService } from '../shared/i18n/translation.service';
import { AlertComponent } from '../shared/ui/alert.component';
import { FORM_FIELD } from '../shared/ui/form-field.component';
import { RadioOptionsComponent, type RadioOption } from '../shared/ui/radio-options.component';
import { LoadingComponent } from '../shared/ui/loading.component';
import { PageHeaderComponent } from '../shared/ui/page-header.component';
import {
  addDays,
  formatDay,
  formatWeekRange,
  mondayOf,
  parisDate,
  parisTime,
  parisWeekOf,
  weekStarting,
} from './paris-week';
import { activePeople, fullName } from './planning-people';
import { PLACE_LABEL_KEYS, WEEKDAY_LABEL_KEYS } from './planning-labels';
import { ineligibilityReason } from './visit-errors';

type PlanningView = 'volunteer' | 'senior';

interface DayColumn {
  date: string;
  label: string;
  today: boolean;
  visits: Visit[];
}

/**
 * The week of one volunteer or one senior, Monday to Sunday in Paris: each day a heading with its
 * visits (a list, not a bare grid, so it reads the same with a screen reader). The week, the view
 * and the person live in the address (`?vue=senior&personne=…&semaine=2026-10-19`).
 */
@Component({
  selector: 'pa-planning-page',
  imports: [
    RouterLink,
    TranslatePipe,
    PageHeaderComponent,
    AlertComponent,
    LoadingComponent,
    FORM_FIELD,
    RadioOptionsComponent,
    CalendarFeedComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  encapsulation: ViewEncapsulation.None,
  templateUrl: './planning-page.component.html',
  styleUrl: './planning.css',
})
export class PlanningPageComponent {
  private readonly planningApi = inject(PlanningApiService);
  private readonly peopleApi = inject(PeopleApiService);
  private readonly router = inject(Router);
  protected readonly i18n = inject(TranslationService);

  /** Route data: federation admins see every centre, and no centre setting. */
  readonly acrossCentres = input(false);
  /** The coordinator's own centre (its calendar feed). */
  protected readonly centreId = inject(AuthService).user()?.centreId ?? null;
  /** Query parameters. */
  readonly vue = input<string | undefined>();
  readonly personne = input<string | undefined>();
  readonly semaine = input<string | undefined>();

  protected readonly placeLabels = PLACE_LABEL_KEYS;

  protected readonly viewOptions: ReadonlyArray<RadioOption<PlanningView>> = [
    { value: 'volunteer', label: 'planning.view.volunteer' },
    { value: 'senior', label: 'planning.view.senior' },
  ];
  protected readonly view = computed<PlanningView>(() => (this.vue() === 'senior' ? 'senior' : 'volunteer'));
  protected readonly week = computed(() => {
    const asked = this.semaine();
    return asked && /^\d{4}-\d{2}-\d{2}$/.test(asked) ? weekStarting(mondayOf(asked)) : parisWeekOf();
  });
  protected readonly weekHeading = computed(() =>
    this.i18n.translate('planning.week.heading', {
      range: formatWeekRange(this.week(), this.i18n.language()),
    }),
  );
  protected readonly personId = computed(() => this.personne() ?? '');

  protected readonly people = rxResource({
    params: () => this.view(),
    stream: ({ params: role }) => activePeople(this.peopleApi, role),
  });
  protected readonly personName = computed(() => {
    const person = (this.people.hasValue() ? this.people.value() : []).find((p) => p.id === this.personId());
    return person ? fullName(person) : '';
  });

  protected readonly visits = rxResource({
    params: () =>
      this.personId()
        ? { view: this.view(), id: this.personId(), from: this.week().from, to: this.week().to }
        : undefined,
    stream: ({ params }) =>
      this.planningApi.visits({
        from: params.from,
        to: params.to,
        ...(params.view === 'volunteer' ? { volunteerId: params.id } : { seniorId: params.id }),
      }),
  });
  protected readonly visitsErrorKey = errorKeyOf(this.visits);

  protected readonly days = computed<DayColumn[]>(() => {
    const visits = this.visits.hasValue() ? this.visits.value() : [];
    const today = parisDate(new Date());
    return this.week().days.map((date) => ({
      date,
      label: formatDay(date, this.i18n.language()),
      today: date === today,
      visits: visits
        .filter((v) => parisDate(v.startsAt) === date)
        .sort((a, b) => a.startsAt.localeCompare(b.startsAt)),
    }));
  });

  private readonly volunteerId = computed(() => (this.view() === 'volunteer' ? this.personId() : ''));
  protected readonly availability = rxResource<Availability, string | undefined>({
    params: () => this.volunteerId() || undefined,
    stream: ({ params: id }) => this.planningApi.availability(id),
  });
  protected readonly eligibility = rxResource<Eligibility, string | undefined>({
    params: () => this.volunteerId() || undefined,
    stream: ({ params: id }) => this.planningApi.eligibility(id),
  });
  protected readonly windows = computed(() => {
    const availability = this.availability.hasValue() ? this.availability.value() : null;
    return (availability?.windows ?? []).map((w) =>
      this.i18n.translate('planning.availability.window', {
        day: this.i18n.translate(WEEKDAY_LABEL_KEYS[w.weekday] ?? 'planning.weekday.1'),
        start: w.startsAt,
        end: w.endsAt,
      }),
    );
  });
  protected readonly exceptions = computed(() => {
    const availability = this.availability.hasValue() ? this.availability.value() : null;
    const language = this.i18n.language();
    return (availability?.exceptions ?? []).map((e) => {
      const params = { from: formatDay(e.startsOn, language), to: formatDay(e.endsOn, language) };
      return e.reason
        ? this.i18n.translate('planning.availability.exceptionReason', { ...params, reason: e.reason })
        : this.i18n.translate('planning.availability.exception', params);
    });
  });
  protected readonly eligibilityText = computed(() => {
    const eligibility = this.eligibility.hasValue() ? this.eligibility.value() : null;
    if (!eligibility) return null;
    return eligibility.eligible
      ? this.i18n.translate('planning.eligibility.ok')
      : ineligibilityReason(eligibility, (key, params) => this.i18n.translate(key, params));
  });

  /** The booking forms start with the person shown here. */
  protected readonly bookingParams = computed(() => {
    const id = this.personId();
    if (!id) return {};
    return this.view() === 'volunteer' ? { benevole: id } : { senior: id };
  });

  protected time(visit: Visit): string {
    return `${parisTime(visit.startsAt)}–${parisTime(visit.endsAt)}`;
  }

  /** The other party: the senior in a volunteer's week, the volunteer in a senior's. */
  protected counterpart(visit: Visit): string {
    return fullName(this.view() === 'volunteer' ? visit.senior : visit.volunteer);
  }

  protected openLabel(visit: Visit): string {
    return this.i18n.translate('planning.visit.openLabel', {
      day: formatDay(parisDate(visit.startsAt), this.i18n.language()),
      start: parisTime(visit.startsAt),
      name: this.counterpart(visit),
    });
  }

  protected setView(view: string): void {
    this.navigate({ vue: view === 'senior' ? 'senior' : null, personne: null });
  }

  protected setPerson(id: string): void {
    this.navigate({ personne: id || null });
  }

  protected shiftWeek(weeks: number): void {
    this.navigate({ semaine: addDays(this.week().from, weeks * 7) });
  }

  protected thisWeek(): void {
    this.navigate({ semaine: null });
  }

  private navigate(queryParams: Record<string, string | null>): void {
    void this.router.navigate([], { queryParams, queryParamsHandling: 'merge', replaceUrl: true });
  }
}
