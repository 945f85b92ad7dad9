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
  personId: IdSchema,
  personName: z.string(),
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
  type: z.enum(['created', 'updated', 'status_changed', 'lent', 'given', 'returned']),
  fromStatus: DeviceStatusSchema.nullable(),
  toStatus: DeviceStatusSchema.nullable(),
  at: z.string(),
  byName: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
});
export const DeviceEventListSchema = z.array(DeviceEventSchema);

/** A kit of one or more devices lent (with a due date) or given to one person. */
export const CreateKitSchema = z
  .object({
    personId: IdSchema,
    deviceIds: z.array(IdSchema).min(1).max(10),
    kind: z.enum(['loan', 'gift']),
    startedOn: DateOnlySchema.optional(),
    dueOn: DateOnlySchema.optional(),
  })
  .superRefine((v, ctx) => {
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
  personId: IdSchema,
  personName: z.string(),
  kind: z.enum(['loan', 'gift']),
  startedOn: DateOnlySchema,
  dueOn: DateOnlySchema.nullable(),
  returnedAt: z.string().nullable(),
  overdue: z.boolean(),
  /** What was missing at return (accessories, data not wiped): kept visible until dealt with. */
  returnIssues: z.array(z.string()),
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

export const LoansQuerySchema = z.object({
  status: z.enum(['active', 'overdue', 'all']).default('active'),
  personId: IdSchema.optional(),
  deviceId: IdSchema.optional(),
});
export type LoansQuery = z.infer<typeof LoansQuerySchema>;

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
