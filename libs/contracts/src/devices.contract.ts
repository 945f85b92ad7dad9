import { z } from 'zod';
import {
  DateOnlySchema,
  IdSchema,
  optionalText,
  PaginationQuerySchema,
  paginatedSchema,
} from './common.contract';

export const DEVICE_KINDS = [
  'tablet',
  'smartphone',
  'basic_phone',
  'computer',
  'internet_connection',
] as const;
export const DeviceKindSchema = z.enum(DEVICE_KINDS);
export type DeviceKind = z.infer<typeof DeviceKindSchema>;

/** Lifecycle: in stock → on loan / given → back in stock; or in repair, lost, retired. */
export const DEVICE_STATUSES = ['in_stock', 'on_loan', 'given', 'in_repair', 'lost', 'retired'] as const;
export const DeviceStatusSchema = z.enum(DEVICE_STATUSES);
export type DeviceStatus = z.infer<typeof DeviceStatusSchema>;

/** Statuses a person may set by hand; on_loan and given only follow from loans and gifts. */
export const MANUAL_DEVICE_STATUSES = ['in_stock', 'in_repair', 'lost', 'retired'] as const;

export const ACCESSORIES = ['charger', 'cable', 'case', 'stylus', 'sim', 'box'] as const;
export const AccessorySchema = z.enum(ACCESSORIES);

export const DEVICE_CONDITIONS = ['new', 'good', 'fair', 'damaged'] as const;
export const DeviceConditionSchema = z.enum(DEVICE_CONDITIONS);

export const CurrentLoanSchema = z.object({
  id: IdSchema,
  kitId: IdSchema,
  kind: z.enum(['loan', 'gift']),
  /** The recipient is a senior (a person) or a household (a family equipped by a campaign). */
  personId: IdSchema.nullable(),
  householdId: IdSchema.nullable(),
  recipientName: z.string(),
  startedOn: DateOnlySchema,
  dueOn: DateOnlySchema.nullable(),
});

export const DeviceSchema = z.object({
  id: IdSchema,
  centreId: IdSchema,
  kind: DeviceKindSchema,
  model: z.string(),
  serialNumber: z.string().nullable(),
  assetTag: z.string(),
  fundingSource: z.string().nullable(),
  accessories: z.array(AccessorySchema),
  condition: DeviceConditionSchema,
  status: DeviceStatusSchema,
  notes: z.string().nullable(),
  currentLoan: CurrentLoanSchema.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Device = z.infer<typeof DeviceSchema>;
export const DevicePageSchema = paginatedSchema(DeviceSchema);

export const DevicesQuerySchema = PaginationQuerySchema.extend({
  q: z.string().trim().max(100).optional(),
  kind: DeviceKindSchema.optional(),
  status: DeviceStatusSchema.optional(),
  centreId: IdSchema.optional(),
});
export type DevicesQuery = z.infer<typeof DevicesQuerySchema>;

const deviceFields = {
  kind: DeviceKindSchema,
  model: z.string().trim().min(1).max(120),
  serialNumber: optionalText(120),
  /** Printed on the QR label; generated (e.g. "LIL-0042") when not given. */
  assetTag: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9-]{2,30}$/)
    .optional(),
  fundingSource: optionalText(120),
  accessories: z.array(AccessorySchema).max(ACCESSORIES.length),
  condition: DeviceConditionSchema,
  notes: optionalText(2000),
};

export const CreateDeviceSchema = z.object({
  ...deviceFields,
  accessories: deviceFields.accessories.default([]),
  condition: deviceFields.condition.default('good'),
  centreId: IdSchema.optional(),
});
export type CreateDevice = z.infer<typeof CreateDeviceSchema>;

// No defaults here: a field left out of a PATCH must stay as it is.
export const UpdateDeviceSchema = z
  .object({ ...deviceFields, status: z.enum(MANUAL_DEVICE_STATUSES) })
  .partial()
  .refine((v) => Object.keys(v).length > 0, { message: 'Aucune modification envoyée.' });
export type UpdateDevice = z.infer<typeof UpdateDeviceSchema>;

export const DeviceEventSchema = z.object({
  id: IdSchema,
  type: z.enum(['created', 'updated', 'status_changed', 'lent', 'given', 'returned', 'extended']),
  fromStatus: DeviceStatusSchema.nullable(),
  toStatus: DeviceStatusSchema.nullable(),
  at: z.string(),
  byName: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
});
export const DeviceEventListSchema = z.array(DeviceEventSchema);

/** What was checked with the recipient when the kit was handed over. */
export const HandoverChecklistSchema = z.object({
  accessories: z.array(AccessorySchema).max(ACCESSORIES.length),
  /** Charged, switched on, connected to the internet in front of the recipient. */
  testedWorking: z.boolean(),
  notes: optionalText(2000),
});
export type HandoverChecklist = z.infer<typeof HandoverChecklistSchema>;

/** A kit of one or more devices lent (with a due date) or given to one senior or one household. */
export const CreateKitSchema = z
  .object({
    personId: IdSchema.optional(),
    householdId: IdSchema.optional(),
    deviceIds: z.array(IdSchema).min(1).max(10),
    kind: z.enum(['loan', 'gift']),
    startedOn: DateOnlySchema.optional(),
    dueOn: DateOnlySchema.optional(),
    /** The distribution campaign (wave) this kit belongs to, for the programme report. */
    campaignId: IdSchema.optional(),
    handover: HandoverChecklistSchema.optional(),
  })
  .superRefine((v, ctx) => {
    if (!v.personId === !v.householdId) {
      ctx.addIssue({
        code: 'custom',
        path: ['personId'],
        message: 'Choisissez une personne ou un foyer (un seul).',
      });
    }
    if (v.kind === 'loan' && !v.dueOn) {
      ctx.addIssue({ code: 'custom', path: ['dueOn'], message: 'Indiquez la date de retour prévue.' });
    }
    if (v.kind === 'gift' && v.dueOn) {
      ctx.addIssue({ code: 'custom', path: ['dueOn'], message: 'Un don n’a pas de date de retour.' });
    }
    if (v.startedOn && v.dueOn && v.dueOn < v.startedOn) {
      ctx.addIssue({ code: 'custom', path: ['dueOn'], message: 'Le retour ne peut pas précéder le prêt.' });
    }
    if (new Set(v.deviceIds).size !== v.deviceIds.length) {
      ctx.addIssue({ code: 'custom', path: ['deviceIds'], message: 'Un appareil est en double.' });
    }
  });
export type CreateKit = z.infer<typeof CreateKitSchema>;

export const LoanSchema = z.object({
  id: IdSchema,
  kitId: IdSchema,
  centreId: IdSchema,
  deviceId: IdSchema,
  assetTag: z.string(),
  deviceKind: DeviceKindSchema,
  deviceModel: z.string(),
  personId: IdSchema.nullable(),
  householdId: IdSchema.nullable(),
  recipientName: z.string(),
  campaignId: IdSchema.nullable(),
  kind: z.enum(['loan', 'gift']),
  startedOn: DateOnlySchema,
  dueOn: DateOnlySchema.nullable(),
  returnedAt: z.string().nullable(),
  overdue: z.boolean(),
  /** What was missing at return (accessories, data not wiped): kept visible until dealt with. */
  returnIssues: z.array(z.string()),
  handover: z
    .object({
      accessories: z.array(AccessorySchema),
      testedWorking: z.boolean(),
      notes: z.string().nullish(),
    })
    .nullable(),
  /** The signed agreement of this loan's kit, if any. */
  agreementId: IdSchema.nullable(),
  /** A tablet currently paired with the borrower through this loan (credential not revoked). */
  paired: z.boolean(),
});
export type Loan = z.infer<typeof LoanSchema>;
export const LoanListSchema = z.array(LoanSchema);

/** What is checked when a device comes back; a missing item keeps the return flagged. */
export const ReturnChecklistSchema = z.object({
  accessoriesReturned: z.array(AccessorySchema),
  condition: DeviceConditionSchema,
  personalDataWiped: z.boolean(),
  notes: optionalText(2000),
});
export type ReturnChecklist = z.infer<typeof ReturnChecklistSchema>;

/** Volunteers may list the loans of a senior they coach (personId is then required). */
export const LoansQuerySchema = z.object({
  status: z.enum(['active', 'overdue', 'all']).default('active'),
  personId: IdSchema.optional(),
  householdId: IdSchema.optional(),
  deviceId: IdSchema.optional(),
  kitId: IdSchema.optional(),
});
export type LoansQuery = z.infer<typeof LoansQuerySchema>;

/** Extends a loan (the whole kit) to a later due date. */
export const ExtendLoanSchema = z.object({ dueOn: DateOnlySchema });
export type ExtendLoan = z.infer<typeof ExtendLoanSchema>;

/** Which devices to print QR asset labels for: explicit ids, or the inventory filters (at most 500). */
export const DeviceLabelsQuerySchema = z.object({
  ids: z
    .string()
    .max(20_000)
    .transform((v) =>
      v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    )
    .pipe(z.array(IdSchema).max(500))
    .optional(),
  q: z.string().trim().max(100).optional(),
  kind: DeviceKindSchema.optional(),
  status: DeviceStatusSchema.optional(),
  centreId: IdSchema.optional(),
});
export type DeviceLabelsQuery = z.infer<typeof DeviceLabelsQuerySchema>;

// ─── What was learned on one device, loan period by loan period ──────────────────────────────────────

export const DeviceLearningPeriodSchema = z.object({
  loanId: IdSchema,
  personId: IdSchema,
  personName: z.string(),
  startedOn: DateOnlySchema,
  returnedAt: z.string().nullable(),
  /** Learning records sent from this device during this loan. */
  recordCount: z.number().int(),
  lastActivityAt: z.string().nullable(),
  courses: z.array(
    z.object({
      courseId: IdSchema,
      title: z.string(),
      stepsDone: z.number().int(),
      stepCount: z.number().int(),
      completed: z.boolean(),
    }),
  ),
  recent: z.array(
    z.object({
      id: IdSchema,
      at: z.string(),
      verb: z.string(),
      courseTitle: z.string(),
      stepTitle: z.string().nullable(),
    }),
  ),
});
export type DeviceLearningPeriod = z.infer<typeof DeviceLearningPeriodSchema>;
export const DeviceLearningSchema = z.object({
  deviceId: IdSchema,
  periods: z.array(DeviceLearningPeriodSchema),
});
export type DeviceLearning = z.infer<typeof DeviceLearningSchema>;

// ─── Pairing a tablet with its senior (no password: WCAG 3.3.8) ─────────────────────────────────────

export const PAIRING_CODE_TTL_MINUTES = 10;

export const PairingCodeSchema = z.object({
  /** Six digits shown large, to be typed on the tablet. */
  code: z.string().regex(/^[0-9]{6}$/),
  /** What the QR code encodes: the app's pairing page with the code. */
  pairingUrl: z.string(),
  expiresAt: z.string(),
});
export type PairingCode = z.infer<typeof PairingCodeSchema>;

export const PairRequestSchema = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[0-9]{6}$/, 'Le code a six chiffres.'),
});

export const DeviceSignInRequestSchema = z.object({ credential: z.string().min(20).max(200) });
