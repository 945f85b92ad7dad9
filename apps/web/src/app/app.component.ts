import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  Injector,
  afterNextRender,
  inject,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router, RouterOutlet } from '@angular/router';
import { filter, skip } from 'rxjs';
import { TranslatePipe } from './shared/i18n/translate.pipe';
import { AppBarComponent } from './shared/layout/app-bar.component';
import { OutboxStatusComponent } from './shared/learning/outbox-status.component';

@Component({
  selector: 'pa-root',
  imports: [RouterOutlet, AppBarComponent, OutboxStatusComponent, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a class="skip-link" href="#main" (click)="skipToMain($event)">{{ 'app.skipLink' | t }}</a>
    <pa-app-bar />
    <pa-outbox-status />
    <main id="main" class="container main" tabindex="-1" #main>
      <router-outlet />
    </main>
    <footer class="footer">
      <p class="container">{{ 'app.footer' | t }}</p>
    </footer>
  `,
})
export class AppComponent {
  private readonly main = viewChild.required<ElementRef<HTMLElement>>('main');
  private readonly injector = inject(Injector);

  constructor() {
    // After an in-app navigation, move focus to the new page's heading so screen readers announce it.
    inject(Router)
      .events.pipe(
        filter((event) => event instanceof NavigationEnd),
        skip(1),
        takeUntilDestroyed(inject(DestroyRef)),
      )
      .subscribe(() => afterNextRender(() => this.focusPageHeading(), { injector: this.injector }));
  }

  protected skipToMain(event: Event): void {
    // The router owns the URL: focus the main landmark instead of letting the fragment navigate.
    event.preventDefault();
    this.main().nativeElement.focus();
  }

  private focusPageHeading(): void {
    const main = this.main().nativeElement;
    const heading = main.querySelector<HTMLElement>('h1');
    if (heading) {
      heading.tabIndex = -1;
      heading.focus();
    } else {
      main.focus();
    }
  }
}
