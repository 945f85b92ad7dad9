import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { TranslatePipe } from '../i18n/translate.pipe';
import { LearningOutboxService } from './learning-outbox.service';

/** A quiet line while learning records wait on this device for the network to come back. */
@Component({
  selector: 'pa-outbox-status',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div role="status">
      @if (pending() > 0) {
        <p class="outbox-status container">{{ 'learning.outbox.pending' | t }}</p>
      }
    </div>
  `,
})
export class OutboxStatusComponent {
  protected readonly pending = inject(LearningOutboxService).pendingCount;
}
