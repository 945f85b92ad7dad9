import { HttpErrorResponse } from '@angular/common/http';
import { computed, type Signal } from '@angular/core';
import type { ErrorCode, ErrorResponse, FieldError } from '@passerelle/contracts';
import type { TranslationKey } from '../i18n/fr';

/** What a screen needs to show after a failed call: one plain sentence, and problems per field. */
export interface UiError {
  code: string | null;
  status: number | null;
  messageKey: TranslationKey;
  fieldErrors: FieldError[];
}

// Keyed by the contract's ErrorCode type: a new code fails the build until it has a message.
const MESSAGE_KEYS: Readonly<Record<ErrorCode, TranslationKey>> = {
  validation_failed: 'error.validation_failed',
  unauthenticated: 'error.unauthenticated',
  invalid_credentials: 'error.invalid_credentials',
  invalid_refresh_token: 'error.invalid_refresh_token',
  forbidden: 'error.forbidden',
  not_found: 'error.not_found',
  conflict: 'error.conflict',
  email_taken: 'error.email_taken',
  too_many_requests: 'error.too_many_requests',
  internal_error: 'error.internal_error',
};

/**
 * Structural check of the API's error body. Hand-written rather than ErrorResponseSchema.safeParse
 * so this module, loaded with the first screen, does not pull in zod.
 */
function isErrorResponse(body: unknown): body is ErrorResponse {
  if (typeof body !== 'object' || body === null) return false;
  const { code, message, errors } = body as Record<string, unknown>;
  if (typeof code !== 'string' || typeof message !== 'string') return false;
  return (
    errors === undefined ||
    (Array.isArray(errors) &&
      errors.every(
        (e: unknown) =>
          typeof e === 'object' &&
          e !== null &&
          typeof (e as FieldError).path === 'string' &&
          typeof (e as FieldError).code === 'string',
      ))
  );
}

function isKnownCode(code: string): code is ErrorCode {
  return Object.prototype.hasOwnProperty.call(MESSAGE_KEYS, code);
}

/** Turns anything a call can throw into a translated message key, never showing raw server text. */
export function toUiError(error: unknown): UiError {
  if (!(error instanceof HttpErrorResponse)) {
    return { code: null, status: null, messageKey: 'error.generic', fieldErrors: [] };
  }
  if (error.status === 0) {
    return { code: null, status: 0, messageKey: 'error.network', fieldErrors: [] };
  }
  const body: unknown = error.error;
  if (!isErrorResponse(body)) {
    return { code: null, status: error.status, messageKey: 'error.generic', fieldErrors: [] };
  }
  const { code, errors = [] } = body;
  // A taken e-mail belongs next to the e-mail field, not only at the top of the form.
  const fieldErrors =
    code === 'email_taken' && !errors.some((e) => e.path === 'email')
      ? [...errors, { path: 'email', code, message: body.message }]
      : errors;
  return {
    code,
    status: error.status,
    messageKey: isKnownCode(code) ? MESSAGE_KEYS[code] : 'error.generic',
    fieldErrors,
  };
}

/**
 * The message key of whatever a resource (or anything with an `error()` signal) failed with; null
 * while it has not failed. Call it in an injection context, like `computed`.
 */
export function errorKeyOf(source: { error: () => unknown }): Signal<TranslationKey | null> {
  return computed(() => {
    const error = source.error();
    return error ? toUiError(error).messageKey : null;
  });
}
