import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import type { TranslationKey } from '../i18n/fr';
import { TranslatePipe } from '../i18n/translate.pipe';
import { TranslationService, type PluralBase } from '../i18n/translation.service';
import { AlertComponent } from './alert.component';
import { EmptyStateComponent } from './empty-state.component';
import { LoadingComponent } from './loading.component';
import type { PagedList } from './paged-list';
import { PaginationComponent } from './pagination.component';

/**
 * What a list page shows under its filters: the result count (announced), the load error with a
 * retry, then the empty state or the table and its pagination. The page projects the table's
 * `<thead>` and `<tbody>`.
 *
 * ```html
 * <pa-paged-results [list]="people" count="people.count" caption="people.caption"
 *                   emptyHeading="people.empty.title" emptyText="people.empty.text">
 *   <thead>…</thead>
 *   <tbody>@for (person of people.items(); track person.id) { … }</tbody>
 * </pa-paged-results>
 * ```
 */
@Component({
  selector: 'pa-paged-results',
  imports: [TranslatePipe, AlertComponent, EmptyStateComponent, LoadingComponent, PaginationComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="results-status" aria-live="polite" aria-atomic="true">
      @if (list().resource.isLoading()) {
        <pa-loading />
      } @else if (!list().errorKey()) {
        <p class="results-status__count">{{ countText() }}</p>
      }
    </div>

    @if (list().errorKey(); as key) {
      <pa-alert kind="error">
        <p>{{ key | t }}</p>
        <button type="button" class="button button--secondary" (click)="list().resource.reload()">
          {{ 'common.retry' | t }}
        </button>
      </pa-alert>
    }

    @if (list().result(); as result) {
      @if (result.items.length === 0) {
        <pa-empty-state [heading]="emptyHeading() | t" [text]="emptyText() | t" />
      } @else {
        <div class="table-wrap">
          <table class="table">
            <caption class="visually-hidden">
              {{
                caption() | t: { page: result.page }
              }}
            </caption>
            <ng-content />
          </table>
        </div>
        <pa-pagination
          [page]="result.page"
          [pageSize]="result.pageSize"
          [total]="result.total"
          (pageChange)="list().page.set($event)"
        />
      }
    }
  `,
})
export class PagedResultsComponent {
  private readonly i18n = inject(TranslationService);

  readonly list = input.required<PagedList<unknown>>();
  /** Plural base of the count line (`<count>.one` / `<count>.other`, with `{count}`). */
  readonly count = input.required<PluralBase>();
  /** The table's caption, read by screen readers; gets `{page}`. */
  readonly caption = input.required<TranslationKey>();
  readonly emptyHeading = input.required<TranslationKey>();
  readonly emptyText = input.required<TranslationKey>();

  protected readonly countText = computed(() => this.i18n.plural(this.count(), this.list().total()));
}
