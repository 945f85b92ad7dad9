import { z } from 'zod';
import { DeviceKindSchema } from './devices.contract';
import {
  DateOnlySchema,
  IdSchema,
  optionalText,
  PaginationQuerySchema,
  paginatedSchema,
} from './common.contract';

// ─── Households: under-equipped families who receive devices (they never sign in) ──────────────────

export const HouseholdSchema = z.object({
  id: IdSchema,
  centreId: IdSchema,
  /** How the centre names the household, e.g. "Famille Benali". */
  name: z.string(),
  contactPhone: z.string().nullable(),
  town: z.string().nullable(),
  membersCount: z.number().int().nullable(),
  notes: z.string().nullable(),
  createdAt: z.string(),
});
export type Household = z.infer<typeof HouseholdSchema>;
export const HouseholdPageSchema = paginatedSchema(HouseholdSchema);

export const HouseholdsQuerySchema = PaginationQuerySchema.extend({
  q: z.string().trim().max(100).optional(),
  centreId: IdSchema.optional(),
});
export type HouseholdsQuery = z.infer<typeof HouseholdsQuerySchema>;

export const CreateHouseholdSchema = z.object({
  name: z.string().trim().min(1).max(120),
  contactPhone: optionalText(30),
  town: optionalText(120),
  membersCount: z.number().int().min(1).max(30).nullable().optional(),
  notes: optionalText(2000),
  centreId: IdSchema.optional(),
});
export type CreateHousehold = z.infer<typeof CreateHouseholdSchema>;

// ─── Equipment programme: distribution campaigns in waves ──────────────────────────────────────────

export const CAMPAIGN_AUDIENCES = ['households', 'seniors'] as const;

export const CampaignSchema = z.object({
  id: IdSchema,
  centreId: IdSchema,
  centreName: z.string(),
  name: z.string(),
  audience: z.enum(CAMPAIGN_AUDIENCES),
  /** e.g. "CARSAT", "Emmaüs Connect". */
  partner: z.string().nullable(),
  startsOn: DateOnlySchema,
  endsOn: DateOnlySchema.nullable(),
  /** Households the centres spotted as under-equipped, then contacted for this wave. */
  householdsIdentified: z.number().int().nullable(),
  householdsTargeted: z.number().int().nullable(),
});
export type Campaign = z.infer<typeof CampaignSchema>;
export const CampaignListSchema = z.array(CampaignSchema);

export const CreateCampaignSchema = z
  .object({
    name: z.string().trim().min(1).max(160),
    audience: z.enum(CAMPAIGN_AUDIENCES),
    partner: optionalText(120),
    startsOn: DateOnlySchema,
    endsOn: DateOnlySchema.nullable().optional(),
    householdsIdentified: z.number().int().min(0).max(1_000_000).nullable().optional(),
    householdsTargeted: z.number().int().min(0).max(1_000_000).nullable().optional(),
    centreId: IdSchema.optional(),
  })
  .superRefine((v, ctx) => {
    if (v.endsOn && v.endsOn < v.startsOn)
      ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'La fin ne peut pas précéder le début.' });
    if (
      v.householdsIdentified != null &&
      v.householdsTargeted != null &&
      v.householdsTargeted > v.householdsIdentified
    )
      ctx.addIssue({
        code: 'custom',
        path: ['householdsTargeted'],
        message: 'On ne peut pas cibler plus de foyers qu’on n’en a repéré.',
      });
  });
export type CreateCampaign = z.infer<typeof CreateCampaignSchema>;

const countsByKind = z.object({
  tablet: z.number().int(),
  smartphone: z.number().int(),
  basic_phone: z.number().int(),
  computer: z.number().int(),
  internet_connection: z.number().int(),
});

export const CampaignReportSchema = z.object({
  campaign: CampaignSchema,
  /** Distinct recipients (seniors or households) who received at least one device in this wave. */
  equipped: z.number().int(),
  devicesByKind: countsByKind,
  devicesDistributed: z.number().int(),
  loans: z.number().int(),
  gifts: z.number().int(),
  activeLoans: z.number().int(),
  overdueLoans: z.number().int(),
  returned: z.number().int(),
});
export type CampaignReport = z.infer<typeof CampaignReportSchema>;

export const ProgrammeReportSchema = z.object({
  campaigns: z.array(CampaignReportSchema),
  /** The whole inventory in scope, by kind and status, campaigns or not. */
  inventory: z.array(
    z.object({
      kind: DeviceKindSchema,
      model: z.string(),
      total: z.number().int(),
      onLoan: z.number().int(),
      given: z.number().int(),
      inStock: z.number().int(),
    }),
  ),
});
export type ProgrammeReport = z.infer<typeof ProgrammeReportSchema>;

export const ProgrammeReportQuerySchema = z.object({ centreId: IdSchema.optional() });

// ─── Loan agreements signed in person ──────────────────────────────────────────────────────────────

/** Placeholders replaced when the agreement is shown: {{beneficiaire}}, {{centre}}, {{materiel}}, {{date_retour}}, {{date}}. */
export const AgreementTemplateSchema = z.object({
  centreId: IdSchema,
  title: z.string(),
  body: z.string(),
  version: z.number().int(),
  updatedAt: z.string(),
});
export type AgreementTemplate = z.infer<typeof AgreementTemplateSchema>;

export const UpdateAgreementTemplateSchema = z.object({
  title: z.string().trim().min(1).max(200),
  body: z.string().trim().min(20).max(20_000),
});
export type UpdateAgreementTemplate = z.infer<typeof UpdateAgreementTemplateSchema>;

export const AgreementSchema = z.object({
  /** Null until signed. */
  id: IdSchema.nullable(),
  kitId: IdSchema,
  centreId: IdSchema,
  recipientName: z.string(),
  title: z.string(),
  /** The text as signed (placeholders filled), kept unchanged even if the template changes later. */
  text: z.string(),
  templateVersion: z.number().int(),
  signed: z.boolean(),
  signerName: z.string().nullable(),
  signedAt: z.string().nullable(),
  /** The staff member or volunteer who ran the signature. */
  witnessName: z.string().nullable(),
  assetTags: z.array(z.string()),
});
export type Agreement = z.infer<typeof AgreementSchema>;
export const AgreementListSchema = z.array(AgreementSchema);

/** PNG drawn on the signature pad, as a data URL. */
export const SignAgreementSchema = z.object({
  signerName: z.string().trim().min(2).max(120),
  signature: z
    .string()
    .max(400_000, 'La signature est trop lourde.')
    .regex(/^data:image\/png;base64,[A-Za-z0-9+/]+=*$/, 'La signature doit être dessinée.'),
  /** The signer confirms the agreement was read to them or by them. */
  accepted: z.literal(true, { error: 'La personne doit accepter la convention.' }),
});
export type SignAgreement = z.infer<typeof SignAgreementSchema>;

export const AgreementsQuerySchema = z.object({
  personId: IdSchema.optional(),
  householdId: IdSchema.optional(),
  deviceId: IdSchema.optional(),
});
export type AgreementsQuery = z.infer<typeof AgreementsQuerySchema>;
