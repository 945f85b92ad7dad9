import { z } from 'zod';
import { IdSchema } from './common.contract';

export const ROLES = ['senior', 'volunteer', 'coordinator', 'federation_admin'] as const;
export const RoleSchema = z.enum(ROLES);
export type Role = z.infer<typeof RoleSchema>;

/** Roles that sign in with an e-mail and a password. Seniors sign in by device pairing instead. */
export const PASSWORD_ROLES = [
  'volunteer',
  'coordinator',
  'federation_admin',
] as const satisfies readonly Role[];

export const PASSWORD_MIN_LENGTH = 10;

export const LoginRequestSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email()),
  password: z.string().min(1).max(200),
});
export type LoginRequest = z.infer<typeof LoginRequestSchema>;

export const RefreshRequestSchema = z.object({
  refreshToken: z.string().min(20).max(500),
});
export type RefreshRequest = z.infer<typeof RefreshRequestSchema>;

export const LogoutRequestSchema = RefreshRequestSchema;
export type LogoutRequest = z.infer<typeof LogoutRequestSchema>;

/** The signed-in person, as the web app needs it to choose an area and show a name. */
export const MeSchema = z.object({
  id: IdSchema,
  role: RoleSchema,
  firstName: z.string(),
  lastName: z.string(),
  email: z.string().nullable(),
  federationId: IdSchema,
  federationName: z.string(),
  centreId: IdSchema.nullable(),
  centreName: z.string().nullable(),
  locale: z.enum(['fr', 'en']),
});
export type Me = z.infer<typeof MeSchema>;

export const TokenPairSchema = z.object({
  accessToken: z.string(),
  /** Seconds until the access token expires. */
  expiresIn: z.number().int().positive(),
  refreshToken: z.string(),
  user: MeSchema,
});
export type TokenPair = z.infer<typeof TokenPairSchema>;

/** What a tablet receives once paired: keep the credential, it signs the tablet in from then on. */
export const PairedDeviceSchema = TokenPairSchema.extend({ deviceCredential: z.string() });
export type PairedDevice = z.infer<typeof PairedDeviceSchema>;

export const AUTH_ROUTES = {
  login: 'auth/login',
  refresh: 'auth/refresh',
  logout: 'auth/logout',
  me: 'auth/me',
} as const;
