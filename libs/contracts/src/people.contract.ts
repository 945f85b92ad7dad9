import { z } from 'zod';
import { PASSWORD_MIN_LENGTH, RoleSchema } from './auth.contract';
import { IdSchema, optionalText, PaginationQuerySchema, paginatedSchema } from './common.contract';

/** Roles a person can be given inside a centre (federation admins are managed elsewhere). */
export const CENTRE_ROLES = ['senior', 'volunteer', 'coordinator'] as const;
export const CentreRoleSchema = z.enum(CENTRE_ROLES);
export type CentreRole = z.infer<typeof CentreRoleSchema>;

export const PersonRefSchema = z.object({
  id: IdSchema,
  firstName: z.string(),
  lastName: z.string(),
});
export type PersonRef = z.infer<typeof PersonRefSchema>;

export const PersonSchema = z.object({
  id: IdSchema,
  centreId: IdSchema.nullable(),
  centreName: z.string().nullable(),
  role: RoleSchema,
  firstName: z.string(),
  lastName: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  town: z.string().nullable(),
  birthYear: z.number().int().nullable(),
  notes: z.string().nullable(),
  active: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Person = z.infer<typeof PersonSchema>;

/** One person with the coaching links around them (volunteers of a senior, seniors of a volunteer). */
export const PersonDetailSchema = PersonSchema.extend({
  volunteers: z.array(PersonRefSchema),
  seniors: z.array(PersonRefSchema),
});
export type PersonDetail = z.infer<typeof PersonDetailSchema>;

export const PeoplePageSchema = paginatedSchema(PersonSchema);

export const ActiveFilterSchema = z.enum(['active', 'inactive', 'all']);

export const PeopleQuerySchema = PaginationQuerySchema.extend({
  q: z.string().trim().max(100).optional(),
  role: RoleSchema.optional(),
  status: ActiveFilterSchema.default('active'),
  /** Federation admins may narrow to one centre; others always see their own. */
  centreId: IdSchema.optional(),
});
export type PeopleQuery = z.infer<typeof PeopleQuerySchema>;

const phone = z
  .string()
  .trim()
  .regex(/^\+?[0-9 .-]{6,20}$/, 'Numéro de téléphone invalide')
  .or(z.literal('').transform(() => null))
  .nullable()
  .optional();

const personFields = {
  firstName: z.string().trim().min(1).max(80),
  lastName: z.string().trim().min(1).max(80),
  email: z
    .string()
    .trim()
    .toLowerCase()
    .max(200)
    .pipe(z.email().or(z.literal('').transform(() => null)))
    .nullable()
    .optional(),
  phone,
  town: optionalText(120),
  birthYear: z.number().int().min(1900).max(2100).nullable().optional(),
  notes: optionalText(2000),
};

export const CreatePersonSchema = z
  .object({
    ...personFields,
    role: CentreRoleSchema,
    /** Federation admins choose the centre; coordinators always create in their own. */
    centreId: IdSchema.optional(),
    /** Initial password for a volunteer or coordinator (seniors never have one). */
    password: z.string().min(PASSWORD_MIN_LENGTH).max(200).optional(),
  })
  .superRefine((v, ctx) => {
    if (v.role === 'senior' && v.password !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['password'],
        message: 'Un senior se connecte par sa tablette, sans mot de passe.',
      });
    }
    if (v.role !== 'senior' && v.password !== undefined && !v.email) {
      ctx.addIssue({
        code: 'custom',
        path: ['email'],
        message: 'Une adresse e-mail est nécessaire pour se connecter.',
      });
    }
  });
export type CreatePerson = z.infer<typeof CreatePersonSchema>;

export const UpdatePersonSchema = z
  .object({
    ...personFields,
    active: z.boolean(),
  })
  .partial()
  .refine((v) => Object.keys(v).length > 0, { message: 'Aucune modification envoyée.' });
export type UpdatePerson = z.infer<typeof UpdatePersonSchema>;

export const AssignVolunteerSchema = z.object({ volunteerId: IdSchema });
export type AssignVolunteer = z.infer<typeof AssignVolunteerSchema>;

export const AssignmentParamsSchema = z.object({ id: IdSchema, volunteerId: IdSchema });
