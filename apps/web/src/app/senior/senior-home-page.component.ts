import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { AuthService } from '../shared/auth/auth.service';
import { TranslatePipe } from '../shared/i18n/translate.pipe';

/** Huge tiles, one choice each, AAA contrast: the senior's tablet home. */
@Component({
  selector: 'pa-senior-home-page',
  imports: [RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './senior.css',
  template: `
    <div class="senior">
      <h1 class="senior__heading">{{ 'senior.home.heading' | t: { firstName: firstName() } }}</h1>
      <p class="senior__lead">{{ 'senior.home.intro' | t }}</p>
      <ul class="senior__tiles">
        <li>
          <a class="senior__tile" routerLink="lecons">
            <svg class="senior__tile-icon" aria-hidden="true" focusable="false" viewBox="0 0 24 24">
              <path d="M3 5.5C5.5 4 8.5 4 12 6c3.5-2 6.5-2 9-.5V19c-2.5-1.5-5.5-1.5-9 .5-3.5-2-6.5-2-9-.5z" />
              <path d="M12 6v13.5" />
            </svg>
            {{ 'senior.tile.lessons' | t }}
          </a>
        </li>
        <li>
          <a class="senior__tile" routerLink="rendez-vous">
            <svg class="senior__tile-icon" aria-hidden="true" focusable="false" viewBox="0 0 24 24">
              <rect x="3" y="5" width="18" height="16" rx="2" />
              <path d="M3 10h18M8 3v4M16 3v4" />
            </svg>
            {{ 'senior.tile.appointment' | t }}
          </a>
        </li>
      </ul>
    </div>
  `,
})
export class SeniorHomePageComponent {
  private readonly user = inject(AuthService).user;
  protected readonly firstName = computed(() => this.user()?.firstName ?? '');
}
