import type { FieldError } from '@passerelle/contracts';
import type { z } from 'zod';

/** zod issues in the API's field-error shape, so client and server problems are shown the same way. */
export function toFieldErrors(issues: readonly z.core.$ZodIssue[]): FieldError[] {
  return issues.map((issue) => ({ path: issue.path.join('.'), code: issue.code, message: issue.message }));
}

/** '' means "not given"; anything but digits is kept as NaN so the schema reports it. */
export function parseCount(value: string): number | null {
  const trimmed = value.trim();
  if (trimmed === '') return null;
  return /^\d{1,7}$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}
