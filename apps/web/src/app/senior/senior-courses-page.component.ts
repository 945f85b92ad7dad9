import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { LearningApiService } from '../shared/api/learning-api.service';
import { errorKeyOf } from '../shared/errors/error-message';
import { TranslatePipe } from '../shared/i18n/translate.pipe';
import { CourseCoverComponent } from '../shared/learning/course-cover.component';

/** The senior's courses as huge tiles: one touch opens one course. */
@Component({
  selector: 'pa-senior-courses-page',
  imports: [RouterLink, TranslatePipe, CourseCoverComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrls: ['./senior.css', './senior-learning.css'],
  template: `
    <div class="senior">
      <h1 class="senior__heading">{{ 'senior.tile.lessons' | t }}</h1>
      @if (courses.isLoading()) {
        <p class="senior__message" role="status">{{ 'common.loading' | t }}</p>
      } @else if (errorKey(); as key) {
        <p class="senior__message senior__message--error" role="alert">{{ key | t }}</p>
      } @else if (list().length === 0) {
        <p class="senior__message">{{ 'senior.lessons.empty' | t }}</p>
      } @else {
        <p class="senior__lead">{{ 'senior.lessons.intro' | t }}</p>
        <ul class="senior__tiles">
          @for (item of list(); track item.course.id) {
            <li>
              <a class="senior__tile senior__tile--course" [routerLink]="[item.course.id]">
                <pa-course-cover size="tile" [src]="item.course.coverUrl" />
                <span>{{ item.course.title }}</span>
                <span class="senior__tile-status">
                  @if (item.status === 'completed') {
                    {{ 'senior.lessons.done' | t }}
                  } @else if (item.status === 'in_progress') {
                    {{ 'senior.lessons.percent' | t: { percent: item.percent } }}
                  } @else {
                    {{ 'senior.lessons.new' | t }}
                  }
                </span>
              </a>
            </li>
          }
        </ul>
      }
      <a class="senior__tile senior__tile--back" routerLink="..">{{ 'senior.backHome' | t }}</a>
    </div>
  `,
})
export class SeniorCoursesPageComponent {
  private readonly api = inject(LearningApiService);

  protected readonly courses = rxResource({ stream: () => this.api.myCourses() });
  protected readonly list = computed(() => (this.courses.hasValue() ? this.courses.value() : []));
  protected readonly errorKey = errorKeyOf(this.courses);
}
