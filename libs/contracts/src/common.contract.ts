import { z } from 'zod';

/** Identifiers are UUIDs end to end. */
export const IdSchema = z.uuid();
export type Id = z.infer<typeof IdSchema>;

/** Date-only values (a visit day, a due date) travel as 'YYYY-MM-DD' strings, never as instants (ADR 0004). */
export const DateOnlySchema = z.iso.date();
export type DateOnly = z.infer<typeof DateOnlySchema>;

/** Instants travel as ISO 8601 strings with an offset. */
export const InstantSchema = z.iso.datetime({ offset: true });

export const IdParamsSchema = z.object({ id: IdSchema });
export type IdParams = z.infer<typeof IdParamsSchema>;

/** One field-level problem in a rejected request. `path` is the dotted location of the field. */
export const FieldErrorSchema = z.object({
  path: z.string(),
  code: z.string(),
  message: z.string(),
});
export type FieldError = z.infer<typeof FieldErrorSchema>;

/** Every error the API returns has this shape, with a 4xx or 5xx status. */
export const ErrorResponseSchema = z.object({
  code: z.string(),
  message: z.string(),
  errors: z.array(FieldErrorSchema).optional(),
  /** Machine-readable facts about a refusal, e.g. the visits a booking clashes with. */
  details: z.record(z.string(), z.unknown()).optional(),
});
export type ErrorResponse = z.infer<typeof ErrorResponseSchema>;

/** Stable error codes; the web app turns each into plain French. */
export const ErrorCode = {
  ValidationFailed: 'validation_failed',
  Unauthenticated: 'unauthenticated',
  InvalidCredentials: 'invalid_credentials',
  InvalidRefreshToken: 'invalid_refresh_token',
  Forbidden: 'forbidden',
  NotFound: 'not_found',
  Conflict: 'conflict',
  EmailTaken: 'email_taken',
  TooManyRequests: 'too_many_requests',
  Internal: 'internal_error',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export const PAGE_SIZE_DEFAULT = 20;
export const PAGE_SIZE_MAX = 100;

export const PaginationQuerySchema = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(PAGE_SIZE_MAX).default(PAGE_SIZE_DEFAULT),
});
export type PaginationQuery = z.infer<typeof PaginationQuerySchema>;

export function paginatedSchema<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int().min(0),
    page: z.number().int().min(1),
    pageSize: z.number().int().min(1),
  });
}
export interface Paginated<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/** Trimmed text; an empty string after trimming is treated as absent. */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((v) => (v === '' ? null : v))
    .nullable()
    .optional();
