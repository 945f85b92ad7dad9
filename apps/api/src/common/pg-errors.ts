import { QueryFailedError } from 'typeorm';

export const PG_UNIQUE_VIOLATION = '23505';
export const PG_FOREIGN_KEY_VIOLATION = '23503';
export const PG_EXCLUSION_VIOLATION = '23P01';

/** The PostgreSQL error code (and constraint) behind a failed query, when there is one. */
export function pgError(error: unknown): { code?: string; constraint?: string } | null {
  return error instanceof QueryFailedError
    ? (error.driverError as { code?: string; constraint?: string })
    : null;
}

/** Whether a query failed on a unique constraint (optionally, that one constraint). */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const pg = pgError(error);
  return pg?.code === PG_UNIQUE_VIOLATION && (constraint === undefined || pg.constraint === constraint);
}

/** Whether a query failed on an exclusion constraint (optionally, that one constraint). */
export function isExclusionViolation(error: unknown, constraint?: string): boolean {
  const pg = pgError(error);
  return pg?.code === PG_EXCLUSION_VIOLATION && (constraint === undefined || pg.constraint === constraint);
}
