import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { LearningApiService } from '../shared/api/learning-api.service';
import { errorKeyOf } from '../shared/errors/error-message';
import { TranslatePipe } from '../shared/i18n/translate.pipe';
import { formatDuration } from '../shared/learning/course-format';
import { CourseCoverComponent } from '../shared/learning/course-cover.component';
import { CourseProgressComponent } from '../shared/learning/course-progress.component';
import { AlertComponent } from '../shared/ui/alert.component';
import { EmptyStateComponent } from '../shared/ui/empty-state.component';
import { LoadingComponent } from '../shared/ui/loading.component';
import { PageHeaderComponent } from '../shared/ui/page-header.component';

@Component({
  selector: 'pa-my-courses-page',
  imports: [
    RouterLink,
    TranslatePipe,
    PageHeaderComponent,
    LoadingComponent,
    AlertComponent,
    EmptyStateComponent,
    CourseProgressComponent,
    CourseCoverComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <pa-page-header [heading]="'training.mine.heading' | t" [lead]="'training.mine.intro' | t">
      <a class="button button--secondary" routerLink="catalogue">{{ 'training.mine.toCatalogue' | t }}</a>
    </pa-page-header>

    @if (courses.isLoading()) {
      <pa-loading />
    } @else if (errorKey(); as key) {
      <pa-alert kind="error"
        ><p>{{ key | t }}</p></pa-alert
      >
    } @else if (list().length === 0) {
      <pa-empty-state [heading]="'training.mine.empty.title' | t" [text]="'training.mine.empty.text' | t">
        <a class="button button--primary" routerLink="catalogue">{{ 'training.mine.toCatalogue' | t }}</a>
      </pa-empty-state>
    } @else {
      <ul class="cards">
        @for (item of list(); track item.course.id) {
          <li class="card course-card">
            <pa-course-cover [src]="item.course.coverUrl" />
            <h2 class="card__title">
              <a [routerLink]="[item.course.id]">{{ item.course.title }}</a>
            </h2>
            <p class="muted">
              {{ 'training.duration' | t: { duration: duration(item.course.estimatedMinutes) } }}
            </p>
            @if (item.course.requiredForVisits) {
              <p class="badge badge--required">{{ 'training.requiredForVisits' | t }}</p>
            }
            <pa-course-progress [percent]="item.percent" />
            <div class="course-card__actions">
              @switch (item.status) {
                @case ('not_started') {
                  <a
                    class="button button--primary button--block"
                    [routerLink]="[item.course.id, 'reprendre']"
                    >{{ 'training.start' | t }}</a
                  >
                }
                @case ('in_progress') {
                  <a
                    class="button button--primary button--block"
                    [routerLink]="[item.course.id, 'reprendre']"
                    >{{ 'training.resume' | t }}</a
                  >
                }
                @case ('completed') {
                  <p class="badge">{{ 'training.completed' | t }}</p>
                  @if (item.certificateCode) {
                    <a class="button button--secondary button--block" routerLink="/benevole/attestations">{{
                      'training.seeCertificate' | t
                    }}</a>
                  }
                }
              }
            </div>
          </li>
        }
      </ul>
    }
  `,
})
export class MyCoursesPageComponent {
  private readonly api = inject(LearningApiService);

  protected readonly courses = rxResource({ stream: () => this.api.myCourses() });
  protected readonly list = computed(() => (this.courses.hasValue() ? this.courses.value() : []));
  protected readonly errorKey = errorKeyOf(this.courses);
  protected readonly duration = formatDuration;
}
