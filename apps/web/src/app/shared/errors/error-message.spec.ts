import { HttpErrorResponse } from '@angular/common/http';
import { toUiError } from './error-message';

function httpError(status: number, body: unknown): HttpErrorResponse {
  return new HttpErrorResponse({ status, error: body, url: '/api/people' });
}

describe('toUiError', () => {
  it('turns a known API code into its message key', () => {
    // given
    const error = httpError(401, { code: 'invalid_credentials', message: 'Invalid credentials' });
    // when
    const sut = toUiError(error);
    // then
    expect(sut).toEqual({
      code: 'invalid_credentials',
      status: 401,
      messageKey: 'error.invalid_credentials',
      fieldErrors: [],
    });
  });

  it('keeps field-level errors of a validation failure', () => {
    // given
    const errors = [{ path: 'firstName', code: 'too_small', message: 'Too small' }];
    const error = httpError(400, { code: 'validation_failed', message: 'Validation failed', errors });
    // when
    const sut = toUiError(error);
    // then
    expect(sut.messageKey).toBe('error.validation_failed');
    expect(sut.fieldErrors).toEqual(errors);
  });

  it('attaches a taken e-mail to the e-mail field', () => {
    // given
    const error = httpError(409, { code: 'email_taken', message: 'E-mail taken' });
    // when
    const sut = toUiError(error);
    // then
    expect(sut.messageKey).toBe('error.email_taken');
    expect(sut.fieldErrors).toEqual([{ path: 'email', code: 'email_taken', message: 'E-mail taken' }]);
  });

  it('falls back to a generic message for an unknown code', () => {
    expect(toUiError(httpError(418, { code: 'teapot', message: 'I am a teapot' })).messageKey).toBe(
      'error.generic',
    );
  });

  it('falls back to a generic message when the body is not an API error', () => {
    expect(toUiError(httpError(502, '<html>Bad gateway</html>')).messageKey).toBe('error.generic');
  });

  it('explains a network failure (status 0)', () => {
    expect(toUiError(httpError(0, new ProgressEvent('error'))).messageKey).toBe('error.network');
  });

  it('handles a thrown non-HTTP error', () => {
    expect(toUiError(new Error('boom')).messageKey).toBe('error.generic');
  });
});
