import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { ZodValidationException } from 'nestjs-zod';
import { ZodError } from 'zod';
import { ErrorCode, type ErrorResponse, type FieldError } from '@passerelle/contracts';
import { DomainError } from './domain-error';
import { PG_EXCLUSION_VIOLATION, PG_FOREIGN_KEY_VIOLATION, PG_UNIQUE_VIOLATION, pgError } from './pg-errors';

const CODE_BY_STATUS: Record<number, string> = {
  [HttpStatus.BAD_REQUEST]: ErrorCode.ValidationFailed,
  [HttpStatus.UNAUTHORIZED]: ErrorCode.Unauthenticated,
  [HttpStatus.FORBIDDEN]: ErrorCode.Forbidden,
  [HttpStatus.NOT_FOUND]: ErrorCode.NotFound,
  [HttpStatus.CONFLICT]: ErrorCode.Conflict,
  [HttpStatus.PAYLOAD_TOO_LARGE]: 'payload_too_large',
  [HttpStatus.UNSUPPORTED_MEDIA_TYPE]: 'unsupported_media_type',
  [HttpStatus.TOO_MANY_REQUESTS]: ErrorCode.TooManyRequests,
};

const MESSAGE_BY_STATUS: Record<number, string> = {
  [HttpStatus.BAD_REQUEST]: 'La requête est invalide.',
  [HttpStatus.UNAUTHORIZED]: 'Veuillez vous connecter.',
  [HttpStatus.FORBIDDEN]: 'Vous n’avez pas accès à cette action.',
  [HttpStatus.NOT_FOUND]: 'Ressource introuvable.',
  [HttpStatus.PAYLOAD_TOO_LARGE]: 'La requête est trop volumineuse.',
  [HttpStatus.TOO_MANY_REQUESTS]: 'Trop de tentatives. Réessayez dans une minute.',
};

export function zodIssuesToFieldErrors(error: ZodError): FieldError[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    code: issue.code,
    message: issue.message,
  }));
}

/** The one place where errors become HTTP responses `{ code, message, errors? }`. */
@Catch()
export class ErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger(ErrorFilter.name);

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const [status, body] = this.toResponse(exception);
    if (status >= 500) this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    response.status(status).json(body);
  }

  private toResponse(exception: unknown): [number, ErrorResponse] {
    if (exception instanceof DomainError) {
      return [
        exception.status,
        {
          code: exception.code,
          message: exception.message,
          errors: exception.errors,
          details: exception.details,
        },
      ];
    }
    if (exception instanceof ZodValidationException) {
      const zodError = exception.getZodError();
      const errors = zodError instanceof ZodError ? zodIssuesToFieldErrors(zodError) : undefined;
      return [
        400,
        { code: ErrorCode.ValidationFailed, message: 'Certaines informations sont invalides.', errors },
      ];
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const code = CODE_BY_STATUS[status] ?? (status >= 500 ? ErrorCode.Internal : `http_${status}`);
      const message = MESSAGE_BY_STATUS[status] ?? exception.message;
      return [status, { code, message }];
    }
    // express.json() reports malformed bodies as plain errors carrying a status.
    if (isBodyParserError(exception)) {
      return [
        exception.status,
        {
          code: exception.status === 413 ? 'payload_too_large' : ErrorCode.ValidationFailed,
          message:
            exception.status === 413
              ? MESSAGE_BY_STATUS[413]!
              : 'Le corps de la requête n’est pas un JSON valide.',
        },
      ];
    }
    // Constraints are the last line of defence; a race that slips past a service check still answers 409.
    const pgCode = pgError(exception)?.code;
    if (
      pgCode === PG_UNIQUE_VIOLATION ||
      pgCode === PG_FOREIGN_KEY_VIOLATION ||
      pgCode === PG_EXCLUSION_VIOLATION
    ) {
      return [
        409,
        {
          code: ErrorCode.Conflict,
          message: 'Cette modification entre en conflit avec des données existantes.',
        },
      ];
    }
    return [500, { code: ErrorCode.Internal, message: 'Une erreur inattendue est survenue.' }];
  }
}

function isBodyParserError(e: unknown): e is { status: number; type: string } {
  return (
    typeof e === 'object' &&
    e !== null &&
    typeof (e as { status?: unknown }).status === 'number' &&
    typeof (e as { type?: unknown }).type === 'string' &&
    (e as { status: number }).status >= 400 &&
    (e as { status: number }).status < 500
  );
}
