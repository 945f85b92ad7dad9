import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import type { Visit } from '@passerelle/contracts';
import { MyVisitsApiService } from '../../shared/api/my-visits-api.service';
import { errorKeyOf } from '../../shared/errors/error-message';
import { TranslatePipe } from '../../shared/i18n/translate.pipe';
import { TranslationService } from '../../shared/i18n/translation.service';
import { AlertComponent } from '../../shared/ui/alert.component';
import { EmptyStateComponent } from '../../shared/ui/empty-state.component';
import { LoadingComponent } from '../../shared/ui/loading.component';
import { PageHeaderComponent } from '../../shared/ui/page-header.component';
import { CalendarFeedComponent } from '../../shared/visits/calendar-feed.component';
import { VISIT_STATUS_LABEL_KEYS } from './visit-labels';
import {
  addDays,
  formatVisitDay,
  formatVisitHours,
  formatVisitWhen,
  groupByParisDay,
  needsReport,
  parisDay,
  splitByNow,
} from '../../shared/visits/visit-time';

/** How far back past visits are listed; the API lists at most 93 days at once. */
const PAST_DAYS = 30;
const AHEAD_DAYS = 62;

/** "Mes visites": the volunteer's agenda by Paris day, then past visits waiting for a report. */
@Component({
  selector: 'pa-my-visits-page',
  imports: [
    RouterLink,
    TranslatePipe,
    PageHeaderComponent,
    LoadingComponent,
    AlertComponent,
    EmptyStateComponent,
    CalendarFeedComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <pa-page-header [heading]="'visits.mine.heading' | t" [lead]="'visits.mine.lead' | t">
      <a class="button button--secondary" routerLink="preparer">{{ 'visits.mine.prepare' | t }}</a>
    </pa-page-header>

    @if (visits.isLoading() && !visits.hasValue()) {
      <pa-loading />
    } @else if (errorKey(); as key) {
      <pa-alert kind="error"
        ><p>{{ key | t }}</p></pa-alert
      >
    } @else {
      <section class="section" aria-labelledby="visits-upcoming-title">
        <h2 id="visits-upcoming-title">{{ 'visits.mine.upcoming' | t }}</h2>
        @if (agenda().length === 0) {
          <pa-empty-state [heading]="'visits.mine.empty.title' | t" [text]="'visits.mine.empty.text' | t" />
        } @else {
          @for (group of agenda(); track group.day) {
            <h3 class="visit-day">{{ dayLabel(group.visits[0]!.startsAt) }}</h3>
            <ul class="visit-list">
              @for (v of group.visits; track v.id) {
                <li class="card visit-card">
                  <a class="visit-card__link" [routerLink]="[v.id]">
                    <span class="visit-card__time">{{ hours(v) }}</span>
                    <span class="visit-card__who">{{ v.senior.firstName }} {{ v.senior.lastName }}</span>
                  </a>
                  @if (v.status !== 'planned') {
                    <span class="badge badge--muted">{{ statusLabels[v.status] | t }}</span>
                  }
                </li>
              }
            </ul>
          }
        }
      </section>

      <section class="section" aria-labelledby="visits-past-title">
        <h2 id="visits-past-title">{{ 'visits.mine.past' | t }}</h2>
        @if (past().length === 0) {
          <p class="muted">{{ 'visits.mine.pastEmpty' | t }}</p>
        } @else {
          <ul class="visit-list">
            @for (v of past(); track v.id) {
              <li class="card visit-card">
                <a class="visit-card__link" [routerLink]="[v.id]">
                  <span class="visit-card__time">{{ when(v) }}</span>
                  <span class="visit-card__who">{{ v.senior.firstName }} {{ v.senior.lastName }}</span>
                </a>
                @if (reportDue(v)) {
                  <span class="badge">{{ 'visits.badge.reportDue' | t }}</span>
                } @else {
                  <span class="badge badge--muted">{{ statusLabels[v.status] | t }}</span>
                }
              </li>
            }
          </ul>
        }
      </section>
    }

    <pa-calendar-feed />
  `,
})
export class MyVisitsPageComponent {
  private readonly visitsApi = inject(MyVisitsApiService);
  private readonly i18n = inject(TranslationService);
  private readonly now = new Date();

  protected readonly statusLabels = VISIT_STATUS_LABEL_KEYS;
  protected readonly visits = rxResource({
    stream: () => {
      const today = parisDay(this.now);
      return this.visitsApi.mine({ from: addDays(today, -PAST_DAYS), to: addDays(today, AHEAD_DAYS) });
    },
  });
  private readonly split = computed(() =>
    splitByNow(this.visits.hasValue() ? this.visits.value() : [], this.now),
  );
  protected readonly agenda = computed(() => groupByParisDay(this.split().upcoming));
  protected readonly past = computed(() => this.split().past);
  protected readonly errorKey = errorKeyOf(this.visits);

  protected dayLabel(instant: string): string {
    return formatVisitDay(instant, this.i18n.language());
  }

  protected hours(visit: Visit): string {
    return formatVisitHours(visit, this.i18n.language());
  }

  protected when(visit: Visit): string {
    return formatVisitWhen(visit, this.i18n.language());
  }

  protected reportDue(visit: Visit): boolean {
    return needsReport(visit, this.now);
  }
}
