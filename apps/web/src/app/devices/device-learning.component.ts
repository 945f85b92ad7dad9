import {
  ChangeDetectionStrategy,
  Component,
  ViewEncapsulation,
  computed,
  inject,
  input,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import type { DeviceLearningPeriod } from '@passerelle/contracts';
import { DevicesApiService } from '../shared/api/devices-api.service';
import { errorKeyOf } from '../shared/errors/error-message';
import { TranslatePipe } from '../shared/i18n/translate.pipe';
import { TranslationService } from '../shared/i18n/translation.service';
import { formatDate } from '../shared/learning/course-format';
import { AlertComponent } from '../shared/ui/alert.component';
import { LoadingComponent } from '../shared/ui/loading.component';
import { formatDateTime, learningVerbLabel } from './device-labels';

/** What was learned on one device, one block per loan period: who, when, which courses, what lately. */
@Component({
  selector: 'pa-device-learning',
  imports: [TranslatePipe, AlertComponent, LoadingComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  encapsulation: ViewEncapsulation.None,
  styleUrl: './devices.css',
  template: `
    <section class="section" aria-labelledby="device-learning-title">
      <h2 id="device-learning-title">{{ 'device.learning' | t }}</h2>
      <p class="muted">{{ 'device.learning.intro' | t }}</p>
      @if (learning.isLoading()) {
        <pa-loading />
      } @else if (errorKey(); as key) {
        <pa-alert kind="error"
          ><p>{{ key | t }}</p></pa-alert
        >
      } @else if (periods().length === 0) {
        <p>{{ 'device.learning.empty' | t }}</p>
      } @else {
        @for (period of periods(); track period.loanId) {
          <article class="device-period" [attr.aria-labelledby]="'device-period-' + period.loanId">
            <h3 [id]="'device-period-' + period.loanId">{{ periodTitle(period) }}</h3>
            <dl class="details">
              <div class="details__row">
                <dt>{{ 'device.learning.records' | t }}</dt>
                <dd>{{ period.recordCount }}</dd>
              </div>
              <div class="details__row">
                <dt>{{ 'device.learning.lastActivity' | t }}</dt>
                <dd>
                  {{
                    period.lastActivityAt
                      ? dateTime(period.lastActivityAt)
                      : ('device.learning.noActivity' | t)
                  }}
                </dd>
              </div>
            </dl>

            <h4>{{ 'device.learning.courses' | t }}</h4>
            @if (period.courses.length === 0) {
              <p>{{ 'device.learning.noCourse' | t }}</p>
            } @else {
              <ul class="plain-list">
                @for (course of period.courses; track course.courseId) {
                  <li>
                    <strong>{{ course.title }}</strong> :
                    {{ 'device.learning.steps' | t: { done: course.stepsDone, count: course.stepCount } }}
                    @if (course.completed) {
                      <span class="badge">{{ 'device.learning.completed' | t }}</span>
                    }
                  </li>
                }
              </ul>
            }

            @if (period.recent.length > 0) {
              <h4>{{ 'device.learning.recent' | t }}</h4>
              <ul class="device-timeline">
                @for (item of period.recent; track item.id) {
                  <li>
                    <time [attr.datetime]="item.at">{{ dateTime(item.at) }}</time> — {{ verb(item.verb) }} :
                    {{ item.courseTitle }}{{ item.stepTitle ? ' › ' + item.stepTitle : '' }}
                  </li>
                }
              </ul>
            }
          </article>
        }
      }
    </section>
  `,
})
export class DeviceLearningComponent {
  private readonly devicesApi = inject(DevicesApiService);
  private readonly i18n = inject(TranslationService);

  readonly deviceId = input.required<string>();

  protected readonly learning = rxResource({
    params: () => this.deviceId(),
    stream: ({ params: id }) => this.devicesApi.learning(id),
  });
  protected readonly errorKey = errorKeyOf(this.learning);
  protected readonly periods = computed(() =>
    this.learning.hasValue() ? this.learning.value().periods : [],
  );

  protected periodTitle(period: DeviceLearningPeriod): string {
    const from = formatDate(period.startedOn, this.i18n.language());
    return period.returnedAt
      ? this.i18n.translate('device.learning.periodEnded', {
          name: period.personName,
          from,
          to: formatDate(period.returnedAt, this.i18n.language()),
        })
      : this.i18n.translate('device.learning.periodOngoing', { name: period.personName, from });
  }

  protected dateTime(value: string): string {
    return formatDateTime(value, this.i18n.language());
  }

  protected verb(value: string): string {
    return learningVerbLabel(value, (key) => this.i18n.translate(key));
  }
}
