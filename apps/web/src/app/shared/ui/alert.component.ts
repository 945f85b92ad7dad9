import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** An error is announced at once (role="alert"); a success politely (role="status"). */
@Component({
  selector: 'pa-alert',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div
      class="alert"
      [class.alert--error]="kind() === 'error'"
      [class.alert--success]="kind() === 'success'"
      [attr.role]="kind() === 'error' ? 'alert' : 'status'"
    >
      <ng-content />
    </div>
  `,
})
export class AlertComponent {
  readonly kind = input<'error' | 'success' | 'info'>('info');
}
