import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslatePipe } from '../i18n/translate.pipe';

let nextId = 0;

@Component({
  selector: 'pa-course-progress',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p class="course-progress__label" [id]="labelId">
      {{ 'learning.progress.label' | t: { percent: percent() } }}
    </p>
    <progress class="course-progress__bar" max="100" [value]="percent()" [attr.aria-labelledby]="labelId">
      {{ percent() }} %
    </progress>
  `,
})
export class CourseProgressComponent {
  readonly percent = input.required<number>();

  protected readonly labelId = `course-progress-${nextId++}`;
}
