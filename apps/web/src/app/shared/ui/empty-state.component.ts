import { ChangeDetectionStrategy, Component, input } from '@angular/core';

@Component({
  selector: 'pa-empty-state',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="empty-state">
      <p class="empty-state__title">{{ heading() }}</p>
      @if (text()) {
        <p>{{ text() }}</p>
      }
      <ng-content />
    </div>
  `,
})
export class EmptyStateComponent {
  readonly heading = input.required<string>();
  readonly text = input<string | null>(null);
}
