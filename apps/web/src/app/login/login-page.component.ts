import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  afterNextRender,
  computed,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { LoginRequestSchema } from '@passerelle/contracts';
import { AuthService } from '../shared/auth/auth.service';
import { ROLE_HOME, isInsideArea } from '../shared/auth/role-home';
import { toUiError } from '../shared/errors/error-message';
import type { TranslationKey } from '../shared/i18n/fr';
import { TranslatePipe } from '../shared/i18n/translate.pipe';
import { ErrorSummaryComponent, type ErrorSummaryItem } from '../shared/ui/error-summary.component';
import { FORM_FIELD } from '../shared/ui/form-field.component';

const LOGIN_FIELDS = ['email', 'password'] as const;
type LoginField = (typeof LOGIN_FIELDS)[number];

@Component({
  selector: 'pa-login-page',
  imports: [ReactiveFormsModule, RouterLink, TranslatePipe, FORM_FIELD, ErrorSummaryComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './login-page.component.html',
})
export class LoginPageComponent {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly injector = inject(Injector);

  /** The address to come back to after signing in (bound from the `retour` query parameter). */
  readonly retour = input<string | undefined>();

  protected readonly form = new FormGroup({
    email: new FormControl('', { nonNullable: true }),
    password: new FormControl('', { nonNullable: true }),
  });
  protected readonly passwordVisible = signal(false);
  protected readonly submitting = signal(false);
  protected readonly formError = signal<TranslationKey | null>(null);
  protected readonly fieldErrors = signal<Partial<Record<LoginField, TranslationKey>>>({});

  protected readonly summaryItems = computed<ErrorSummaryItem[]>(() => {
    const errors = this.fieldErrors();
    return LOGIN_FIELDS.flatMap((field) => {
      const key = errors[field];
      return key ? [{ key, fieldId: `login-${field}` }] : [];
    });
  });

  private readonly summary = viewChild(ErrorSummaryComponent);

  protected togglePassword(): void {
    this.passwordVisible.update((visible) => !visible);
  }

  protected submit(): void {
    if (this.submitting()) return;
    this.formError.set(null);
    const fieldErrors = this.validate();
    this.fieldErrors.set(fieldErrors);
    if (Object.keys(fieldErrors).length > 0) {
      this.focusSummary();
      return;
    }
    const credentials = LoginRequestSchema.parse(this.form.getRawValue());
    this.submitting.set(true);
    this.auth.login(credentials).subscribe({
      next: (user) => {
        this.submitting.set(false);
        const retour = this.retour();
        const target = retour && isInsideArea(user.role, retour) ? retour : ROLE_HOME[user.role];
        void this.router.navigateByUrl(target);
      },
      error: (error: unknown) => {
        this.submitting.set(false);
        this.formError.set(toUiError(error).messageKey);
        this.form.controls.password.reset();
        this.focusSummary();
      },
    });
  }

  private validate(): Partial<Record<LoginField, TranslationKey>> {
    const { email, password } = this.form.getRawValue();
    const errors: Partial<Record<LoginField, TranslationKey>> = {};
    if (email.trim() === '') errors.email = 'login.error.emailRequired';
    else if (!LoginRequestSchema.shape.email.safeParse(email).success)
      errors.email = 'login.error.emailInvalid';
    if (password === '') errors.password = 'login.error.passwordRequired';
    return errors;
  }

  private focusSummary(): void {
    // The summary appears with this change: focus it once rendered so it is read out first.
    afterNextRender(() => this.summary()?.focus(), { injector: this.injector });
  }
}
