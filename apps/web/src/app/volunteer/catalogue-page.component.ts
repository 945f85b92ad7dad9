import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import type { CourseSummary } from '@passerelle/contracts';
import { LearningApiService } from '../shared/api/learning-api.service';
import { toUiError, errorKeyOf } from '../shared/errors/error-message';
import type { TranslationKey } from '../shared/i18n/fr';
import { TranslatePipe } from '../shared/i18n/translate.pipe';
import { FORM_FIELD } from '../shared/ui/form-field.component';
import { CourseCoverComponent } from '../shared/learning/course-cover.component';
import { AUDIENCE_LABEL_KEYS, LEVEL_LABEL_KEYS, formatDuration } from '../shared/learning/course-format';
import { AlertComponent } from '../shared/ui/alert.component';
import { EmptyStateComponent } from '../shared/ui/empty-state.component';
import { LoadingComponent } from '../shared/ui/loading.component';
import { PageHeaderComponent } from '../shared/ui/page-header.component';
import { PaginationComponent } from '../shared/ui/pagination.component';

export const CATALOGUE_PAGE_SIZE = 12;

@Component({
  selector: 'pa-catalogue-page',
  imports: [
    RouterLink,
    TranslatePipe,
    PageHeaderComponent,
    LoadingComponent,
    AlertComponent,
    EmptyStateComponent,
    PaginationComponent,
    CourseCoverComponent,
    FORM_FIELD,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p>
      <a class="back-link" routerLink="..">{{ 'training.backToMine' | t }}</a>
    </p>
    <pa-page-header [heading]="'training.catalogue.heading' | t" [lead]="'training.catalogue.intro' | t" />

    <form class="inline-form catalogue-search" role="search" (submit)="search($event)">
      <pa-field fieldId="catalogue-search" label="training.catalogue.search">
        <input paFieldControl class="input" type="search" [value]="draft()" (input)="typed($event)" />
      </pa-field>
      <button type="submit" class="button button--primary">
        {{ 'training.catalogue.searchSubmit' | t }}
      </button>
    </form>

    @if (enrolError(); as key) {
      <pa-alert kind="error"
        ><p>{{ key | t }}</p></pa-alert
      >
    }

    @if (catalogue.isLoading()) {
      <pa-loading />
    } @else if (errorKey(); as key) {
      <pa-alert kind="error"
        ><p>{{ key | t }}</p></pa-alert
      >
    } @else if (items().length === 0) {
      <pa-empty-state [heading]="'training.catalogue.empty' | t" />
    } @else {
      <ul class="cards section-tight">
        @for (course of items(); track course.id) {
          <li class="card course-card">
            <pa-course-cover [src]="course.coverUrl" />
            <h2 class="card__title">{{ course.title }}</h2>
            <ul class="tags" [attr.aria-label]="'training.catalogue.about' | t">
              <li class="badge badge--muted">{{ audienceKey(course) | t }}</li>
              @if (course.requiredForVisits) {
                <li class="badge badge--required">{{ 'training.requiredForVisits' | t }}</li>
              }
            </ul>
            <p>{{ course.summary }}</p>
            <dl class="facts">
              <div>
                <dt>{{ 'training.facts.duration' | t }}</dt>
                <dd>{{ duration(course.estimatedMinutes) }}</dd>
              </div>
              <div>
                <dt>{{ 'training.facts.level' | t }}</dt>
                <dd>{{ levelKey(course) | t }}</dd>
              </div>
              @if (course.competences.length > 0) {
                <div>
                  <dt>{{ 'training.facts.competences' | t }}</dt>
                  <dd>
                    @for (c of course.competences; track c.code) {
                      <span class="facts__competence">{{ c.code }} {{ c.title }}</span>
                    }
                  </dd>
                </div>
              }
            </dl>
            <div class="course-card__actions">
              @if (enrolled().has(course.id)) {
                <p class="badge">{{ 'training.catalogue.enrolled' | t }}</p>
                <a
                  class="button button--primary button--block"
                  [routerLink]="['..', course.id, 'reprendre']"
                  >{{ 'training.start' | t }}</a
                >
              } @else {
                <button
                  type="button"
                  class="button button--primary button--block"
                  [disabled]="enrolling() === course.id"
                  (click)="enrol(course)"
                >
                  {{ 'training.catalogue.enrol' | t
                  }}<span class="visually-hidden"> : {{ course.title }}</span>
                </button>
              }
            </div>
          </li>
        }
      </ul>
      <pa-pagination
        [page]="page()"
        [pageSize]="pageSize"
        [total]="total()"
        (pageChange)="page.set($event)"
      />
    }
  `,
})
export class CataloguePageComponent {
  private readonly api = inject(LearningApiService);

  protected readonly pageSize = CATALOGUE_PAGE_SIZE;
  protected readonly draft = signal('');
  protected readonly query = signal('');
  protected readonly page = signal(1);
  protected readonly enrolling = signal<string | null>(null);
  protected readonly enrolError = signal<TranslationKey | null>(null);
  private readonly newlyEnrolled = signal<ReadonlySet<string>>(new Set());

  protected readonly catalogue = rxResource({
    params: () => ({ q: this.query(), page: this.page(), pageSize: this.pageSize }),
    stream: ({ params }) => this.api.catalogue(params),
  });
  private readonly mine = rxResource({ stream: () => this.api.myCourses() });

  protected readonly items = computed(() => (this.catalogue.hasValue() ? this.catalogue.value().items : []));
  protected readonly total = computed(() => (this.catalogue.hasValue() ? this.catalogue.value().total : 0));
  protected readonly errorKey = errorKeyOf(this.catalogue);
  protected readonly enrolled = computed(() => {
    const ids = new Set(this.newlyEnrolled());
    if (this.mine.hasValue()) for (const item of this.mine.value()) ids.add(item.course.id);
    return ids;
  });
  protected readonly duration = formatDuration;

  protected audienceKey(course: CourseSummary): TranslationKey {
    return AUDIENCE_LABEL_KEYS[course.audience];
  }

  protected levelKey(course: CourseSummary): TranslationKey {
    return LEVEL_LABEL_KEYS[course.level];
  }

  protected typed(event: Event): void {
    this.draft.set((event.target as HTMLInputElement).value);
  }

  protected search(event: Event): void {
    event.preventDefault();
    this.query.set(this.draft().trim());
    this.page.set(1);
  }

  protected enrol(course: CourseSummary): void {
    this.enrolling.set(course.id);
    this.enrolError.set(null);
    this.api.enrol(course.id).subscribe({
      next: () => {
        this.enrolling.set(null);
        this.newlyEnrolled.update((ids) => new Set([...ids, course.id]));
      },
      error: (error: unknown) => {
        this.enrolling.set(null);
        this.enrolError.set(toUiError(error).messageKey);
      },
    });
  }
}
