import { z } from 'zod';
import { IdSchema } from './common.contract';

export const CentreSchema = z.object({
  id: IdSchema,
  federationId: IdSchema,
  name: z.string(),
  town: z.string(),
  postcode: z.string(),
});
export type Centre = z.infer<typeof CentreSchema>;

/** A centre with head counts of its active people, for the federation overview. */
export const CentreSummarySchema = CentreSchema.extend({
  counts: z.object({
    seniors: z.number().int().min(0),
    volunteers: z.number().int().min(0),
    coordinators: z.number().int().min(0),
  }),
});
export type CentreSummary = z.infer<typeof CentreSummarySchema>;

export const CentreListSchema = z.array(CentreSummarySchema);
