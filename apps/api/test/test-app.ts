import 'reflect-metadata';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import type { App } from 'supertest/types';
import { DataSource } from 'typeorm';
import { AppModule } from '../src/app.module';
import { configureApp } from '../src/app.setup';
import { AppConfig } from '../src/config/app-config';
import { dataSourceOptions, TABLES_IN_DELETE_ORDER } from '../src/database/data-source-options';
import { AuthService } from '../src/auth/auth.service';
import type { PersonEntity } from '../src/people/person.entity';

/** Uploaded files of this test process land here. */
// A dot-folder on purpose: DATA_DIR may live under one (e2e uses .tmp), and files must still be served.
const testDataDir = mkdtempSync(join(tmpdir(), '.passerelle-test-data-'));

export function databaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is set by test/global-setup.ts');
  return url;
}

export function testConfig(overrides: Partial<AppConfig> = {}): AppConfig {
  return new AppConfig({
    nodeEnv: 'test',
    port: 0,
    host: '127.0.0.1',
    dataDir: testDataDir,
    databaseUrl: databaseUrl(),
    jwtSecret: 'test-secret-that-is-long-enough-for-hs256-signing',
    accessTokenTtlSeconds: 900,
    refreshTokenTtlDays: 30,
    loginThrottleLimit: 1000,
    seedDemoData: false,
    trustProxy: false,
    logLevel: (process.env.TEST_LOG_LEVEL as AppConfig['logLevel'] | undefined) ?? 'silent',
    webDistDir: null,
    // The worker never runs on its own in tests: they call it with their own clock.
    notificationsPollSeconds: 0,
    smtpUrl: null,
    mailFrom: 'Passerelle <ne-pas-repondre@passerelle.test>',
    publicUrl: 'https://passerelle.test',
    ...overrides,
  });
}

export interface TestApp {
  app: INestApplication<App>;
  db: DataSource;
  close(): Promise<void>;
}

/** The real Nest app, on the real database, configured exactly as main.ts does. */
export async function createTestApp(overrides: Partial<AppConfig> = {}): Promise<TestApp> {
  const config = testConfig(overrides);
  const moduleRef = await Test.createTestingModule({ imports: [AppModule.register(config)] }).compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({ bufferLogs: true });
  configureApp(app, config);
  await app.init();
  return { app: app as INestApplication<App>, db: app.get(DataSource), close: () => app.close() };
}

/** A bare data source for integration tests of services and constraints. */
export async function createTestDataSource(): Promise<DataSource> {
  return new DataSource(dataSourceOptions(databaseUrl(), 4)).initialize();
}

export async function truncateAll(db: DataSource): Promise<void> {
  await db.query(`TRUNCATE ${TABLES_IN_DELETE_ORDER.join(', ')} RESTART IDENTITY CASCADE`);
}

/** A real access token for a person, issued by the app's own AuthService (no password round trip). */
export async function tokenFor(t: TestApp, person: PersonEntity): Promise<string> {
  return (await t.app.get(AuthService).issueSession(person, {})).accessToken;
}
