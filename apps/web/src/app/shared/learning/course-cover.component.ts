import { ChangeDetectionStrategy, Component, input } from '@angular/core';

export type CourseCoverSize = 'card' | 'banner' | 'tile' | 'thumb';

/**
 * A course's cover image. Decorative (`alt=""`): the course title is always right next to it.
 * Nothing at all is shown when the course has no cover, so there is never a broken image.
 */
@Component({
  selector: 'pa-course-cover',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: {
    class: 'course-cover',
    '[class]': "'course-cover--' + size()",
    '[hidden]': '!src()',
  },
  template: `
    @if (src(); as url) {
      <img class="course-cover__image" [src]="url" alt="" loading="lazy" decoding="async" />
    }
  `,
})
export class CourseCoverComponent {
  /** The cover's address (`CourseSummary.coverUrl`), or null. */
  readonly src = input<string | null>(null);
  readonly size = input<CourseCoverSize>('card');
}
