import {
  ChangeDetectionStrategy,
  Component,
  ViewEncapsulation,
  computed,
  inject,
  linkedSignal,
  signal,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import type { RequiredTrainings } from '@passerelle/contracts';
import { map } from 'rxjs';
import { CoursesApiService } from '../shared/api/courses-api.service';
import { PlanningApiService } from '../shared/api/planning-api.service';
import { AuthService } from '../shared/auth/auth.service';
import { type UiError, toUiError, errorKeyOf } from '../shared/errors/error-message';
import { TranslatePipe } from '../shared/i18n/translate.pipe';
import { AlertComponent } from '../shared/ui/alert.component';
import { FORM_FIELD } from '../shared/ui/form-field.component';
import { LoadingComponent } from '../shared/ui/loading.component';
import { PageHeaderComponent } from '../shared/ui/page-header.component';

/** The trainings a volunteer of the coordinator's centre must complete before home visits. */
@Component({
  selector: 'pa-required-trainings-page',
  imports: [RouterLink, TranslatePipe, PageHeaderComponent, AlertComponent, LoadingComponent, FORM_FIELD],
  changeDetection: ChangeDetectionStrategy.OnPush,
  encapsulation: ViewEncapsulation.None,
  styleUrl: './planning.css',
  template: `
    <p>
      <a class="back-link" routerLink="..">{{ 'planning.back' | t }}</a>
    </p>
    <pa-page-header [heading]="'planning.required.heading' | t" [lead]="'planning.required.lead' | t" />

    @if (required.isLoading() && !current()) {
      <pa-loading />
    } @else if (loadErrorKey(); as key) {
      <pa-alert kind="error"
        ><p>{{ key | t }}</p></pa-alert
      >
    } @else if (current(); as r) {
      @if (saved()) {
        <pa-alert kind="success"
          ><p>{{ 'planning.required.saved' | t }}</p></pa-alert
        >
      }
      @if (saveError(); as e) {
        <pa-alert kind="error"
          ><p>{{ e.messageKey | t }}</p></pa-alert
        >
      }
      <p>
        {{
          (r.source === 'centre' ? 'planning.required.sourceCentre' : 'planning.required.sourceDefault') | t
        }}
      </p>
      <form class="form" novalidate (submit)="$event.preventDefault(); save()">
        <pa-fieldset
          fieldId="required-trainings"
          label="planning.required.legend"
          hint="planning.required.emptyHint"
        >
          @if (courses.hasValue()) {
            @if (courses.value().length === 0) {
              <p class="muted">{{ 'planning.required.none' | t }}</p>
            } @else {
              <div class="planning-checks">
                @for (c of courses.value(); track c.id) {
                  <div class="radio">
                    <input
                      type="checkbox"
                      [id]="'required-' + c.id"
                      [checked]="chosen().includes(c.id)"
                      (change)="toggle(c.id, $any($event.target).checked)"
                    />
                    <label [for]="'required-' + c.id">{{ c.title }}</label>
                  </div>
                }
              </div>
            }
          }
        </pa-fieldset>
        <div class="actions">
          <button type="submit" class="button button--primary" [disabled]="saving()">
            {{ (saving() ? 'common.saving' : 'common.save') | t }}
          </button>
        </div>
      </form>
    }
  `,
})
export class RequiredTrainingsPageComponent {
  private readonly planningApi = inject(PlanningApiService);
  private readonly coursesApi = inject(CoursesApiService);
  private readonly centreId = inject(AuthService).user()?.centreId ?? '';

  protected readonly required = rxResource<RequiredTrainings, string>({
    params: () => this.centreId,
    stream: ({ params: id }) => this.planningApi.requiredTrainings(id),
  });
  private readonly updated = signal<RequiredTrainings | null>(null);
  protected readonly current = computed(
    () => this.updated() ?? (this.required.hasValue() ? this.required.value() : null),
  );
  protected readonly loadErrorKey = errorKeyOf(this.required);
  /** Published trainings meant for volunteers. */
  protected readonly courses = rxResource({
    stream: () =>
      this.coursesApi
        .list()
        .pipe(map((list) => list.filter((c) => c.publishedVersion !== null && c.audience !== 'senior'))),
  });

  protected readonly chosen = linkedSignal(() => (this.current()?.trainings ?? []).map((t) => t.courseId));
  protected readonly saving = signal(false);
  protected readonly saved = signal(false);
  protected readonly saveError = signal<UiError | null>(null);

  protected toggle(id: string, checked: boolean): void {
    this.saved.set(false);
    this.chosen.update((ids) => (checked ? [...new Set([...ids, id])] : ids.filter((c) => c !== id)));
  }

  protected save(): void {
    if (this.saving()) return;
    this.saving.set(true);
    this.saved.set(false);
    this.saveError.set(null);
    this.planningApi.replaceRequiredTrainings(this.centreId, { courseIds: this.chosen() }).subscribe({
      next: (result) => {
        this.saving.set(false);
        this.updated.set(result);
        this.saved.set(true);
      },
      error: (error: unknown) => {
        this.saving.set(false);
        this.saveError.set(toUiError(error));
      },
    });
  }
}
