import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  afterNextRender,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import type { Visit } from '@passerelle/contracts';
import { of } from 'rxjs';
import { LearningApiService } from '../../shared/api/learning-api.service';
import { MyVisitsApiService } from '../../shared/api/my-visits-api.service';
import { toUiError, errorKeyOf } from '../../shared/errors/error-message';
import type { TranslationKey } from '../../shared/i18n/fr';
import { TranslatePipe } from '../../shared/i18n/translate.pipe';
import { TranslationService } from '../../shared/i18n/translation.service';
import { AlertComponent } from '../../shared/ui/alert.component';
import { FORM_FIELD } from '../../shared/ui/form-field.component';
import { LoadingComponent } from '../../shared/ui/loading.component';
import { VISIT_PLACE_LABEL_KEYS, VISIT_STATUS_LABEL_KEYS, VISIT_OUTCOME_LABEL_KEYS } from './visit-labels';
import { loadPurposeCourses } from './visit-courses';
import { formatVisitWhen, needsReport } from '../../shared/visits/visit-time';

/** One visit: who, when, where, what for; "I cannot come" and the report. */
@Component({
  selector: 'pa-visit-page',
  imports: [RouterLink, TranslatePipe, LoadingComponent, AlertComponent, FORM_FIELD],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p>
      <a class="back-link" routerLink="..">{{ 'visits.back' | t }}</a>
    </p>
    @if (visit.isLoading() && !detail()) {
      <pa-loading />
    } @else if (loadErrorKey(); as key) {
      <h1>{{ 'title.visits.visit' | t }}</h1>
      <pa-alert kind="error"
        ><p>{{ key | t }}</p></pa-alert
      >
    } @else if (detail(); as v) {
      <h1>{{ 'visits.visit.heading' | t: { name: v.senior.firstName + ' ' + v.senior.lastName } }}</h1>
      <dl class="details">
        <div class="details__row">
          <dt>{{ 'visits.visit.when' | t }}</dt>
          <dd>{{ when(v) }}</dd>
        </div>
        <div class="details__row">
          <dt>{{ 'visits.visit.place' | t }}</dt>
          <dd>
            {{ placeLabels[v.place] | t }}
            @if (v.placeNote) {
              — {{ v.placeNote }}
            }
          </dd>
        </div>
        <div class="details__row">
          <dt>{{ 'visits.visit.status' | t }}</dt>
          <dd>
            {{ statusLabels[v.status] | t }}
            @if (v.outcome) {
              — {{ outcomeLabels[v.outcome] | t }}
            }
          </dd>
        </div>
        <div class="details__row">
          <dt>{{ 'visits.visit.purpose' | t }}</dt>
          <dd>
            @if (courseTitles().length === 0 && !v.purpose.note) {
              {{ 'common.notProvided' | t }}
            }
            @if (courseTitles().length > 0) {
              <ul class="plain-list">
                @for (title of courseTitles(); track $index) {
                  <li>{{ title }}</li>
                }
              </ul>
            }
            @if (v.purpose.note) {
              <p>{{ v.purpose.note }}</p>
            }
          </dd>
        </div>
      </dl>

      @if (cancelled()) {
        <pa-alert kind="success"
          ><p id="visit-cancelled" tabindex="-1">{{ 'visits.cannotCome.done' | t }}</p></pa-alert
        >
      }

      @if (v.status === 'planned') {
        <div class="actions">
          @if (reportDue(v)) {
            <a class="button button--primary button--block" routerLink="rapport">{{
              'visits.visit.report' | t
            }}</a>
          }
          @if (!asking()) {
            <button type="button" class="button button--secondary button--block" (click)="asking.set(true)">
              {{ 'visits.cannotCome.open' | t }}
            </button>
          }
          @if (!reportDue(v)) {
            <a class="button button--secondary button--block" routerLink="rapport">{{
              'visits.visit.report' | t
            }}</a>
          }
        </div>

        @if (asking()) {
          <form
            class="form confirm"
            novalidate
            aria-labelledby="cannot-come-title"
            (submit)="$event.preventDefault(); cannotCome(v)"
          >
            <h2 id="cannot-come-title">{{ 'visits.cannotCome.open' | t }}</h2>
            <p>{{ 'visits.cannotCome.lead' | t }}</p>
            <pa-field
              fieldId="cannot-come-reason"
              label="visits.cannotCome.reason"
              hint="visits.cannotCome.reasonHint"
              [error]="reasonError()"
            >
              <textarea
                paFieldControl
                class="input"
                rows="3"
                maxlength="500"
                [value]="reason()"
                (input)="reason.set($any($event.target).value)"
              ></textarea>
            </pa-field>
            @if (sendErrorKey(); as key) {
              <pa-alert kind="error"
                ><p>{{ key | t }}</p></pa-alert
              >
            }
            <div class="actions">
              <button type="submit" class="button button--danger" [disabled]="sending()">
                {{ (sending() ? 'common.saving' : 'visits.cannotCome.confirm') | t }}
              </button>
              <button type="button" class="button button--secondary" (click)="asking.set(false)">
                {{ 'common.cancel' | t }}
              </button>
            </div>
          </form>
        }
      }
    }
  `,
})
export class VisitPageComponent {
  private readonly visitsApi = inject(MyVisitsApiService);
  private readonly learningApi = inject(LearningApiService);
  private readonly i18n = inject(TranslationService);
  private readonly injector = inject(Injector);

  /** Route parameter. */
  readonly id = input.required<string>();

  protected readonly placeLabels = VISIT_PLACE_LABEL_KEYS;
  protected readonly statusLabels = VISIT_STATUS_LABEL_KEYS;
  protected readonly outcomeLabels = VISIT_OUTCOME_LABEL_KEYS;

  protected readonly visit = rxResource<Visit, string>({
    params: () => this.id(),
    stream: ({ params: id }) => this.visitsApi.get(id),
  });
  protected readonly detail = computed(() => (this.visit.hasValue() ? this.visit.value() : null));
  protected readonly loadErrorKey = errorKeyOf(this.visit);
  private readonly courses = rxResource({
    params: () => this.detail()?.purpose,
    stream: ({ params: purpose }) => (purpose ? loadPurposeCourses(this.learningApi, purpose) : of([])),
  });
  protected readonly courseTitles = computed(() =>
    (this.courses.hasValue() ? this.courses.value() : []).flatMap((c) => (c.course ? [c.course.title] : [])),
  );

  protected readonly asking = signal(false);
  protected readonly reason = signal('');
  protected readonly reasonError = signal<TranslationKey | null>(null);
  protected readonly sending = signal(false);
  protected readonly sendErrorKey = signal<TranslationKey | null>(null);
  protected readonly cancelled = signal(false);

  protected when(visit: Visit): string {
    return formatVisitWhen(visit, this.i18n.language());
  }

  protected reportDue(visit: Visit): boolean {
    return needsReport(visit, new Date());
  }

  protected cannotCome(visit: Visit): void {
    const reason = this.reason().trim();
    if (reason === '') {
      this.reasonError.set('visits.cannotCome.reasonRequired');
      return;
    }
    this.reasonError.set(null);
    this.sendErrorKey.set(null);
    this.sending.set(true);
    this.visitsApi.cannotCome(visit.id, reason).subscribe({
      next: () => {
        this.sending.set(false);
        this.asking.set(false);
        this.cancelled.set(true);
        this.visit.reload();
        afterNextRender(() => document.getElementById('visit-cancelled')?.focus(), {
          injector: this.injector,
        });
      },
      error: (error: unknown) => {
        this.sending.set(false);
        this.sendErrorKey.set(toUiError(error).messageKey);
      },
    });
  }
}
