import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TranslatePipe } from '../i18n/translate.pipe';

@Component({
  selector: 'pa-loading',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<p class="loading" role="status">
    <span class="loading__spinner" aria-hidden="true"></span>{{ 'common.loading' | t }}
  </p>`,
})
export class LoadingComponent {}
