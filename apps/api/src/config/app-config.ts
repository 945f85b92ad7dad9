import { z } from 'zod';

const booleanFromEnv = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no', ''])
    .optional()
    .transform((v) => (v === undefined || v === '' ? fallback : ['true', '1', 'yes'].includes(v)));

const emptyAsUndefined = (v: unknown) => (v === '' ? undefined : v);

/** Every setting comes from the environment, parsed here once at boot; bad values stop the start. */
export const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must start with postgres://')
      .optional(),
  ),
  JWT_SECRET: z.preprocess(
    emptyAsUndefined,
    z.string().min(32, 'JWT_SECRET needs 32 characters or more').optional(),
  ),
  ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(30).max(86_400).default(900),
  REFRESH_TOKEN_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  LOGIN_THROTTLE_LIMIT: z.coerce.number().int().min(1).default(5),
  SEED_DEMO_DATA: booleanFromEnv(true),
  TRUST_PROXY: booleanFromEnv(false),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  WEB_DIST_DIR: z.preprocess(emptyAsUndefined, z.string().optional()),
  NOTIFICATIONS_POLL_SECONDS: z.coerce.number().int().min(0).max(86_400).default(30),
  SMTP_URL: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^smtps?:\/\//, 'SMTP_URL must start with smtp:// or smtps://')
      .optional(),
  ),
  MAIL_FROM: z.string().min(3).default('Passerelle <ne-pas-repondre@passerelle.local>'),
  PUBLIC_URL: z.preprocess(emptyAsUndefined, z.url({ protocol: /^https?$/ }).optional()),
});
export type Env = z.infer<typeof EnvSchema>;

export class InvalidConfigError extends Error {}

export function parseEnv(env: NodeJS.ProcessEnv): Env {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new InvalidConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return parsed.data;
}

/** The resolved configuration the app runs with: environment plus what boot derived (database URL, secret). */
export class AppConfig {
  readonly nodeEnv!: Env['NODE_ENV'];
  readonly port!: number;
  readonly host!: string;
  readonly dataDir!: string;
  readonly databaseUrl!: string;
  readonly jwtSecret!: string;
  readonly accessTokenTtlSeconds!: number;
  readonly refreshTokenTtlDays!: number;
  readonly loginThrottleLimit!: number;
  readonly seedDemoData!: boolean;
  readonly trustProxy!: boolean;
  readonly logLevel!: Env['LOG_LEVEL'];
  /** Folder of the built web app, served by the API when it exists. */
  readonly webDistDir!: string | null;
  /** How often the notifications worker runs, in seconds; 0 disables it (tests, or a separate worker). */
  readonly notificationsPollSeconds!: number;
  /** E-mails go over SMTP when set; otherwise they are written to DATA_DIR/outbox. */
  readonly smtpUrl!: string | null;
  readonly mailFrom!: string;
  /** Address of the web app, for links in messages. */
  readonly publicUrl!: string;

  constructor(values: AppConfig) {
    Object.assign(this, values);
  }
}
