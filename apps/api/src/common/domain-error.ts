import { ErrorCode, type FieldError } from '@passerelle/contracts';

/**
 * Base of every rule violation a service reports. Services throw these; the one global filter turns
 * them into `{ code, message, errors? }` with the status named here.
 */
export abstract class DomainError extends Error {
  abstract readonly status: number;
  abstract readonly code: string;
  readonly errors?: FieldError[];
  /** Facts the client needs to explain the refusal (sent as `details`). */
  readonly details?: Record<string, unknown>;

  constructor(message: string, errors?: FieldError[], details?: Record<string, unknown>) {
    super(message);
    this.name = new.target.name;
    this.errors = errors;
    this.details = details;
  }
}

export class NotFoundError extends DomainError {
  readonly status = 404;
  readonly code = ErrorCode.NotFound;
  constructor(what: string) {
    super(`${what} introuvable.`);
  }
}

export class ForbiddenError extends DomainError {
  readonly status = 403;
  readonly code = ErrorCode.Forbidden;
  constructor(message = 'Vous n’avez pas accès à cette action.') {
    super(message);
  }
}

export class ConflictError extends DomainError {
  readonly status = 409;
  readonly code: string = ErrorCode.Conflict;
}

/** A request that passed the schema but breaks a rule tied to one field. */
export class InvalidFieldError extends DomainError {
  readonly status = 400;
  readonly code = ErrorCode.ValidationFailed;
  constructor(path: string, message: string) {
    super('Certaines informations sont invalides.', [{ path, code: 'invalid', message }]);
  }
}
