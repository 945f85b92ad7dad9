import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { mediaUrl } from '../../api/learning-api.service';
import { TranslatePipe } from '../../i18n/translate.pipe';
import type { VideoLearnerStep } from '../learning-event';
import { MarkdownComponent } from '../markdown.component';

/** A video with French captions on by default, and its transcript for those who prefer to read. */
@Component({
  selector: 'pa-video-step',
  imports: [TranslatePipe, MarkdownComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 class="step__title">{{ step().title }}</h2>
    <video class="step-video" controls preload="metadata" [src]="src()">
      <track
        kind="captions"
        srclang="fr"
        [label]="'learning.video.captions' | t"
        [src]="captionsSrc()"
        default
      />
    </video>
    @if (step().transcript; as transcript) {
      <details class="step-transcript">
        <summary>{{ 'learning.video.transcript' | t }}</summary>
        <pa-markdown [markdown]="transcript" />
      </details>
    }
  `,
})
export class VideoStepComponent {
  readonly step = input.required<VideoLearnerStep>();

  protected readonly src = computed(() => mediaUrl(this.step().mediaId));
  protected readonly captionsSrc = computed(() => mediaUrl(this.step().captionsMediaId));
}
