import { z } from 'zod';

export const HealthSchema = z.object({
  status: z.enum(['ok', 'error']),
  info: z.record(z.string(), z.object({ status: z.string() })).optional(),
  error: z.record(z.string(), z.object({ status: z.string() })).optional(),
  details: z.record(z.string(), z.object({ status: z.string() })).optional(),
});
export type Health = z.infer<typeof HealthSchema>;
