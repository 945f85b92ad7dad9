import { inject, signal, type Signal } from '@angular/core';
import { ActivatedRoute, Router } from '@angular/router';
import type { Observable } from 'rxjs';
import { type UiError, toUiError } from '../errors/error-message';

/** What a "create" page does with its form: save, then open the new item's page, or show the error. */
export interface CreationFlow<TBody> {
  readonly saving: Signal<boolean>;
  readonly error: Signal<UiError | null>;
  submit(body: TBody): void;
}

/**
 * Creates through `create`, then opens the created item's page next to the list (`../<id>`) with
 * `state` for its confirmation message; on failure keeps the form and focuses its error summary.
 * Call it in an injection context (a field initialiser).
 */
export function creationFlow<TBody, TCreated extends { id: string }>(options: {
  create: (body: TBody) => Observable<TCreated>;
  state: (created: TCreated) => Record<string, string>;
  focusSummary: () => void;
}): CreationFlow<TBody> {
  const router = inject(Router);
  const route = inject(ActivatedRoute);
  const saving = signal(false);
  const error = signal<UiError | null>(null);
  return {
    saving: saving.asReadonly(),
    error: error.asReadonly(),
    submit: (body) => {
      saving.set(true);
      error.set(null);
      options.create(body).subscribe({
        next: (created) => {
          saving.set(false);
          void router.navigate(['..', created.id], { relativeTo: route, state: options.state(created) });
        },
        error: (failure: unknown) => {
          saving.set(false);
          error.set(toUiError(failure));
          options.focusSummary();
        },
      });
    },
  };
}
