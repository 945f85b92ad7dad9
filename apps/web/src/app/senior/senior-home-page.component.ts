import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import type { NextVisit } from '@passerelle/contracts';
import { catchError, of } from 'rxjs';
import { MyVisitsApiService } from '../shared/api/my-visits-api.service';
import { AuthService } from '../shared/auth/auth.service';
import { TranslatePipe } from '../shared/i18n/translate.pipe';
import { TranslationService } from '../shared/i18n/translation.service';
import { formatSpokenHour, formatVisitDay } from '../shared/visits/visit-time';

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
      @if (nextVisitText(); as text) {
        <section class="senior__visit" aria-labelledby="senior-next-visit-title">
          <h2 class="senior__visit-title" id="senior-next-visit-title">
            {{ 'senior.nextVisit.heading' | t }}
          </h2>
          <p class="senior__visit-text">{{ text }}</p>
        </section>
      }
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
  private readonly visitsApi = inject(MyVisitsApiService);
  private readonly i18n = inject(TranslationService);
  protected readonly firstName = computed(() => this.user()?.firstName ?? '');

  /** A failed read leaves the home screen as it was: the tiles matter more than the visit. */
  private readonly nextVisit = rxResource({
    stream: () => this.visitsApi.nextVisit().pipe(catchError(() => of<NextVisit>({ visit: null }))),
  });

  /** "Camille vient mardi 1 décembre à 14 h." in plain words, or nothing while it is unknown. */
  protected readonly nextVisitText = computed(() => {
    if (!this.nextVisit.hasValue()) return null;
    const visit = this.nextVisit.value().visit;
    if (!visit) return this.i18n.translate('senior.nextVisit.none');
    const language = this.i18n.language();
    return this.i18n.translate(
      visit.place === 'centre' ? 'senior.nextVisit.atCentre' : 'senior.nextVisit.atHome',
      {
        name: visit.volunteerFirstName,
        day: formatVisitDay(visit.startsAt, language),
        hour: formatSpokenHour(visit.startsAt, language),
      },
    );
  });
}
