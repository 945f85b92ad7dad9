import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { mediaUrl } from '../../api/learning-api.service';
import type { ImageLearnerStep } from '../learning-event';

@Component({
  selector: 'pa-image-step',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <figure class="step-figure">
      <img class="step-figure__image" [src]="src()" [alt]="step().alt" />
      @if (step().caption; as caption) {
        <figcaption class="step-figure__caption">{{ caption }}</figcaption>
      }
    </figure>
  `,
})
export class ImageStepComponent {
  readonly step = input.required<ImageLearnerStep>();

  protected readonly src = computed(() => mediaUrl(this.step().mediaId));
}
