import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { PublishedCourse } from '@passerelle/contracts';
import { LearningApiService } from '../shared/api/learning-api.service';
import { toUiError } from '../shared/errors/error-message';
import type { TranslationKey } from '../shared/i18n/fr';
import { TranslatePipe } from '../shared/i18n/translate.pipe';
import { CertificateDownloadService } from '../shared/learning/certificate-download.service';
import { AUDIENCE_LABEL_KEYS, LEVEL_LABEL_KEYS, formatDuration } from '../shared/learning/course-format';
import { CourseCoverComponent } from '../shared/learning/course-cover.component';
import { CourseProgressComponent } from '../shared/learning/course-progress.component';
import { createCourseSession } from '../shared/learning/course-session';
import { AlertComponent } from '../shared/ui/alert.component';
import { LoadingComponent } from '../shared/ui/loading.component';

@Component({
  selector: 'pa-course-page',
  imports: [
    RouterLink,
    TranslatePipe,
    LoadingComponent,
    AlertComponent,
    CourseProgressComponent,
    CourseCoverComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p>
      <a class="back-link" routerLink="/benevole/formations">{{ 'training.backToMine' | t }}</a>
    </p>
    @if (session.isLoading()) {
      <pa-loading />
    } @else if (session.errorKey(); as key) {
      <h1>{{ 'title.training.course' | t }}</h1>
      <pa-alert kind="error"
        ><p>{{ key | t }}</p></pa-alert
      >
    } @else if (course(); as c) {
      <pa-course-cover size="banner" [src]="c.coverUrl" />
      <h1>{{ c.title }}</h1>
      <p class="lead">{{ c.summary }}</p>
      <ul class="tags" [attr.aria-label]="'training.catalogue.about' | t">
        <li class="badge badge--muted">{{ audienceKey(c) | t }}</li>
        @if (c.requiredForVisits) {
          <li class="badge badge--required">{{ 'training.requiredForVisits' | t }}</li>
        }
      </ul>
      <dl class="facts">
        <div>
          <dt>{{ 'training.facts.duration' | t }}</dt>
          <dd>{{ duration(c.estimatedMinutes) }}</dd>
        </div>
        <div>
          <dt>{{ 'training.facts.level' | t }}</dt>
          <dd>{{ levelKey(c) | t }}</dd>
        </div>
        <div>
          <dt>{{ 'training.facts.lessons' | t }}</dt>
          <dd>{{ session.lessons().length }}</dd>
        </div>
      </dl>

      @if (session.notEnrolled() && !enrolled()) {
        <button
          type="button"
          class="button button--primary button--large"
          [disabled]="enrolling()"
          (click)="enrol()"
        >
          {{ 'training.catalogue.enrol' | t }}
        </button>
      } @else {
        @if (session.progress(); as p) {
          <pa-course-progress [percent]="p.percent" />
        }
        <div class="actions">
          @if (resumeLink(); as link) {
            <a
              class="button button--primary button--large"
              [routerLink]="['lecons', link.lessonKey]"
              [queryParams]="{ etape: link.stepKey }"
              >{{ startKey() | t }}</a
            >
          }
          @if (certificateCode(); as code) {
            <button
              type="button"
              class="button button--secondary button--large"
              [disabled]="downloading()"
              (click)="download(code)"
            >
              {{ 'training.downloadCertificate' | t }}
            </button>
          }
        </div>
      }
      @if (actionError(); as key) {
        <pa-alert kind="error"
          ><p>{{ key | t }}</p></pa-alert
        >
      }

      @if (c.competences.length > 0) {
        <section class="section" aria-labelledby="course-competences">
          <h2 id="course-competences">{{ 'training.facts.competences' | t }}</h2>
          <ul>
            @for (competence of c.competences; track competence.code) {
              <li>{{ competence.code }} — {{ competence.title }}</li>
            }
          </ul>
        </section>
      }

      <section class="section" aria-labelledby="course-lessons">
        <h2 id="course-lessons">{{ 'training.course.lessons' | t }}</h2>
        @for (module of c.content.modules; track module.key) {
          <h3>{{ module.title }}</h3>
          <ol class="lesson-list">
            @for (lesson of module.lessons; track lesson.key) {
              <li class="lesson-list__item">
                @if (session.notEnrolled() && !enrolled()) {
                  <span>{{ lesson.title }}</span>
                } @else {
                  <a [routerLink]="['lecons', lesson.key]">{{ lesson.title }}</a>
                }
                @if (!lesson.required) {
                  <span class="muted">{{ 'training.course.optional' | t }}</span>
                }
                @if (session.lessonComplete(lesson)) {
                  <span class="tick">{{ 'training.course.lessonDone' | t }}</span>
                }
              </li>
            }
          </ol>
        }
      </section>
    }
  `,
})
export class CoursePageComponent {
  private readonly api = inject(LearningApiService);
  private readonly certificates = inject(CertificateDownloadService);

  /** Route parameter. */
  readonly courseId = input.required<string>();

  protected readonly session = createCourseSession(() => this.courseId());
  protected readonly course = computed(() =>
    this.session.course.hasValue() ? this.session.course.value() : null,
  );
  protected readonly enrolled = signal(false);
  protected readonly enrolling = signal(false);
  protected readonly downloading = signal(false);
  protected readonly actionError = signal<TranslationKey | null>(null);

  protected readonly resumeLink = computed(() => {
    const resumeKey = this.session.progress()?.resumeStepKey ?? null;
    const entry = this.session.lessonOfStep(resumeKey);
    const stepKey = resumeKey ?? entry?.lesson.steps[0]?.key;
    return entry && stepKey ? { lessonKey: entry.lesson.key, stepKey } : null;
  });
  protected readonly startKey = computed<TranslationKey>(() => {
    switch (this.session.progress()?.status) {
      case 'completed':
        return 'training.review';
      case 'in_progress':
        return 'training.resume';
      default:
        return 'training.start';
    }
  });
  protected readonly certificateCode = computed(() => this.session.progress()?.certificateCode ?? null);
  protected readonly duration = formatDuration;

  protected audienceKey(course: PublishedCourse): TranslationKey {
    return AUDIENCE_LABEL_KEYS[course.audience];
  }

  protected levelKey(course: PublishedCourse): TranslationKey {
    return LEVEL_LABEL_KEYS[course.level];
  }

  protected enrol(): void {
    this.enrolling.set(true);
    this.actionError.set(null);
    this.api.enrol(this.courseId()).subscribe({
      next: () => {
        this.enrolling.set(false);
        this.enrolled.set(true);
        this.session.reloadProgress();
      },
      error: (error: unknown) => {
        this.enrolling.set(false);
        this.actionError.set(toUiError(error).messageKey);
      },
    });
  }

  protected download(code: string): void {
    this.downloading.set(true);
    this.actionError.set(null);
    this.certificates.downloadByCode(code).subscribe({
      next: () => this.downloading.set(false),
      error: (error: unknown) => {
        this.downloading.set(false);
        this.actionError.set(toUiError(error).messageKey);
      },
    });
  }
}
