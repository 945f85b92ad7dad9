import { ChangeDetectionStrategy, Component, effect, inject, input } from '@angular/core';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslatePipe } from '../shared/i18n/translate.pipe';
import { createCourseSession } from '../shared/learning/course-session';
import { AlertComponent } from '../shared/ui/alert.component';
import { LoadingComponent } from '../shared/ui/loading.component';

/** "Commencer" / "Reprendre" from a list: finds the step to resume and opens its lesson there. */
@Component({
  selector: 'pa-course-resume-page',
  imports: [RouterLink, TranslatePipe, LoadingComponent, AlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (session.errorKey(); as key) {
      <h1>{{ 'title.training.course' | t }}</h1>
      <pa-alert kind="error"
        ><p>{{ key | t }}</p></pa-alert
      >
      <a class="back-link" routerLink="/benevole/formations">{{ 'training.backToMine' | t }}</a>
    } @else {
      <pa-loading />
    }
  `,
})
export class CourseResumePageComponent {
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  /** Route parameter. */
  readonly courseId = input.required<string>();

  protected readonly session = createCourseSession(() => this.courseId());

  constructor() {
    effect(() => {
      if (this.session.isLoading() || !this.session.course.hasValue()) return;
      if (!this.session.progress() && !this.session.notEnrolled()) return;
      const resumeKey = this.session.progress()?.resumeStepKey ?? null;
      const entry = this.session.lessonOfStep(resumeKey);
      if (!entry) return;
      const etape = resumeKey ?? entry.lesson.steps[0]?.key;
      void this.router.navigate(['..', 'lecons', entry.lesson.key], {
        relativeTo: this.route,
        queryParams: etape ? { etape } : {},
        replaceUrl: true,
      });
    });
  }
}
