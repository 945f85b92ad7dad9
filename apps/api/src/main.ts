import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module';
import { configureApp } from './app.setup';
import { loadConfig } from './config/load-config';
import { resolveDatabase } from './database/database-url';
import { runMigrations } from './database/migrate';
import { seedIfEmpty } from './database/seed/seeder';

async function bootstrap(): Promise<void> {
  const database = await resolveDatabase(process.env);
  const config = loadConfig(process.env, database.url);
  const applied = await runMigrations(config.databaseUrl);
  if (applied.length > 0) console.warn(`Migrations applied: ${applied.join(', ')}`);
  if (config.seedDemoData) {
    const seeded = await seedIfEmpty(config.databaseUrl, config.dataDir);
    if (seeded) {
      console.warn(
        `Demo data seeded: ${seeded.people} people in ${seeded.centres} centres, ${seeded.courses} courses, ${seeded.enrolments} enrolments`,
      );
    }
  }

  const app = await NestFactory.create<NestExpressApplication>(AppModule.register(config), {
    bufferLogs: true,
  });
  configureApp(app, config);

  // Order matters on shutdown: HTTP first, then the embedded database it talks to.
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.warn(`${signal} received, shutting down`);
    await app.close();
    await database.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));

  await app.listen(config.port, config.host);
  const shown = config.host === '0.0.0.0' ? 'localhost' : config.host;
  console.warn(
    `Passerelle is running on http://${shown}:${config.port} (${database.embedded ? `embedded database in ${config.dataDir}` : 'PostgreSQL server'})`,
  );
}

bootstrap().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
