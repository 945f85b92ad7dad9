import { resolve } from 'node:path';
import { AppConfig, parseEnv } from './app-config';
import { loadOrCreateJwtSecret } from './secrets';

/** Resolves the configuration from the environment; the database URL is supplied by boot. */
export function loadConfig(env: NodeJS.ProcessEnv, databaseUrl: string): AppConfig {
  const parsed = parseEnv(env);
  const dataDir = resolve(parsed.DATA_DIR);
  return new AppConfig({
    nodeEnv: parsed.NODE_ENV,
    port: parsed.PORT,
    host: parsed.HOST,
    dataDir,
    databaseUrl,
    jwtSecret: parsed.JWT_SECRET ?? loadOrCreateJwtSecret(dataDir),
    accessTokenTtlSeconds: parsed.ACCESS_TOKEN_TTL_SECONDS,
    refreshTokenTtlDays: parsed.REFRESH_TOKEN_TTL_DAYS,
    loginThrottleLimit: parsed.LOGIN_THROTTLE_LIMIT,
    seedDemoData: parsed.SEED_DEMO_DATA,
    trustProxy: parsed.TRUST_PROXY,
    logLevel: parsed.LOG_LEVEL,
    webDistDir: resolve(parsed.WEB_DIST_DIR ?? resolve(__dirname, '../../../web/dist/browser')),
    notificationsPollSeconds: parsed.NOTIFICATIONS_POLL_SECONDS,
    smtpUrl: parsed.SMTP_URL ?? null,
    mailFrom: parsed.MAIL_FROM,
    publicUrl: (parsed.PUBLIC_URL ?? `http://localhost:${parsed.PORT}`).replace(/\/$/, ''),
  });
}
