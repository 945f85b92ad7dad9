import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink, RouterLinkActive } from '@angular/router';
import { AuthService } from '../auth/auth.service';
import { LanguageSwitchComponent } from '../i18n/language-switch.component';
import { TranslatePipe } from '../i18n/translate.pipe';
import { AREA_NAVIGATION } from './area-navigation';

@Component({
  selector: 'pa-app-bar',
  imports: [RouterLink, RouterLinkActive, TranslatePipe, LanguageSwitchComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './app-bar.component.html',
})
export class AppBarComponent {
  private readonly auth = inject(AuthService);

  protected readonly user = this.auth.user;
  protected readonly fullName = computed(() => {
    const user = this.user();
    return user ? `${user.firstName} ${user.lastName}` : '';
  });
  /** Coordinators and volunteers belong to a centre; a federation admin to the federation. */
  protected readonly place = computed(() => {
    const user = this.user();
    return user ? (user.centreName ?? user.federationName) : '';
  });
  protected readonly links = computed(() => {
    const user = this.user();
    return user ? AREA_NAVIGATION[user.role] : [];
  });
  /** A senior's tablet stays signed in: there is nothing to type to come back, so no sign-out. */
  protected readonly canLogout = computed(() => {
    const user = this.user();
    return user !== null && user.role !== 'senior';
  });

  protected logout(): void {
    this.auth.logout();
  }
}
