import { z } from 'zod';
import { IdSchema } from './common.contract';
import { PersonRefSchema } from './people.contract';

/** A group of people of one centre (e.g. "Seniors du jeudi"), to assign courses in one go. */
export const CohortSchema = z.object({
  id: IdSchema,
  centreId: IdSchema,
  name: z.string(),
  members: z.array(PersonRefSchema),
});
export type Cohort = z.infer<typeof CohortSchema>;
export const CohortListSchema = z.array(CohortSchema);

export const SaveCohortSchema = z.object({
  name: z.string().trim().min(1).max(120),
  personIds: z.array(IdSchema).max(500),
  /** Federation admins choose the centre; coordinators always use their own. */
  centreId: IdSchema.optional(),
});
export type SaveCohort = z.infer<typeof SaveCohortSchema>;
