import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { marked } from 'marked';

/**
 * Course text is Markdown. `marked` turns it into HTML and the [innerHTML] binding hands that HTML
 * to Angular's sanitiser, which removes scripts, event handlers and unsafe links: never bypass it.
 */
@Component({
  selector: 'pa-markdown',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<div class="prose" [innerHTML]="html()"></div>`,
})
export class MarkdownComponent {
  readonly markdown = input.required<string>();

  protected readonly html = computed(() => marked.parse(this.markdown(), { async: false, gfm: true }));
}
