import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** The one `h1` of a page, an optional lead sentence, and room for page actions. */
@Component({
  selector: 'pa-page-header',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="page-header">
      <div>
        <h1 class="page-header__title">{{ heading() }}</h1>
        @if (lead()) {
          <p class="page-header__lead">{{ lead() }}</p>
        }
      </div>
      <div class="page-header__actions"><ng-content /></div>
    </div>
  `,
})
export class PageHeaderComponent {
  readonly heading = input.required<string>();
  readonly lead = input<string | null>(null);
}
