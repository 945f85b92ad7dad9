import { ChangeDetectionStrategy, ViewEncapsulation, Component, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { CoursesApiService } from '../shared/api/courses-api.service';
import { errorKeyOf } from '../shared/errors/error-message';
import { TranslatePipe } from '../shared/i18n/translate.pipe';
import { CourseCoverComponent } from '../shared/learning/course-cover.component';
import { AlertComponent } from '../shared/ui/alert.component';
import { EmptyStateComponent } from '../shared/ui/empty-state.component';
import { LoadingComponent } from '../shared/ui/loading.component';
import { PageHeaderComponent } from '../shared/ui/page-header.component';
import { AUDIENCE_LABEL_KEYS } from './authoring-labels';

/** The courses the signed-in author may edit, drafts included. */
@Component({
  selector: 'pa-course-list-page',
  imports: [
    RouterLink,
    TranslatePipe,
    PageHeaderComponent,
    LoadingComponent,
    AlertComponent,
    EmptyStateComponent,
    CourseCoverComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  encapsulation: ViewEncapsulation.None,
  styleUrl: './authoring.css',
  template: `
    <pa-page-header
      [heading]="'authoring.list.heading' | t"
      [lead]="(library() ? 'authoring.list.leadLibrary' : 'authoring.list.lead') | t"
    >
      <a class="button button--primary" routerLink="nouveau">{{ 'authoring.list.create' | t }}</a>
    </pa-page-header>

    @if (courses.isLoading()) {
      <pa-loading />
    } @else if (errorKey(); as key) {
      <pa-alert kind="error">
        <p>{{ key | t }}</p>
        <button type="button" class="button button--secondary" (click)="courses.reload()">
          {{ 'common.retry' | t }}
        </button>
      </pa-alert>
    } @else if (courses.value(); as list) {
      @if (list.length === 0) {
        <pa-empty-state
          [heading]="'authoring.list.empty.title' | t"
          [text]="'authoring.list.empty.text' | t"
        />
      } @else {
        <div class="table-wrap">
          <table class="table">
            <caption class="visually-hidden">
              {{
                'authoring.list.caption' | t
              }}
            </caption>
            <thead>
              <tr>
                <th scope="col">{{ 'authoring.list.col.title' | t }}</th>
                <th scope="col">{{ 'authoring.list.col.audience' | t }}</th>
                <th scope="col">{{ 'authoring.list.col.scope' | t }}</th>
                <th scope="col">{{ 'authoring.list.col.status' | t }}</th>
                <th scope="col">{{ 'authoring.list.col.actions' | t }}</th>
              </tr>
            </thead>
            <tbody>
              @for (course of list; track course.id) {
                <tr>
                  <th scope="row">
                    <span class="course-title-cell">
                      <pa-course-cover size="thumb" [src]="course.coverUrl" />
                      <a [routerLink]="[course.id]">{{ course.title }}</a>
                    </span>
                  </th>
                  <td>{{ audienceLabels[course.audience] | t }}</td>
                  <td>
                    {{
                      (course.scope === 'federation'
                        ? 'authoring.scope.federation'
                        : 'authoring.scope.centre'
                      ) | t
                    }}
                  </td>
                  <td>
                    @if (course.publishedVersion === null) {
                      <span class="badge badge--muted">{{ 'authoring.status.draft' | t }}</span>
                    } @else {
                      <span class="badge">{{
                        'authoring.status.published' | t: { version: course.publishedVersion }
                      }}</span>
                      @if (course.hasDraft) {
                        <span class="badge badge--warning">{{
                          'authoring.status.unpublishedChanges' | t
                        }}</span>
                      }
                    }
                  </td>
                  <td>
                    <div class="table-actions">
                      <a [routerLink]="[course.id, 'apercu']"
                        >{{ 'authoring.list.preview' | t
                        }}<span class="visually-hidden"> : {{ course.title }}</span></a
                      >
                      <a [routerLink]="[course.id, 'suivi']"
                        >{{ 'authoring.list.tracking' | t
                        }}<span class="visually-hidden"> : {{ course.title }}</span></a
                      >
                    </div>
                  </td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      }
    }
  `,
})
export class CourseListPageComponent {
  private readonly api = inject(CoursesApiService);

  /** Route data: the federation area, whose new courses go to the shared library. */
  readonly library = input(false);

  protected readonly audienceLabels = AUDIENCE_LABEL_KEYS;
  protected readonly courses = rxResource({ stream: () => this.api.list() });
  protected readonly errorKey = errorKeyOf(this.courses);
}
