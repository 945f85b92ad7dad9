import { DynamicModule, Global, Module, RequestMethod } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { ZodSerializerInterceptor } from 'nestjs-zod';
import { z } from 'zod';
import { ContractValidationPipe } from './common/validation.pipe';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { AppConfig } from './config/app-config';
import { dataSourceOptions } from './database/data-source-options';
import { ErrorFilter } from './common/error.filter';
import { JwtAuthGuard, RolesGuard } from './common/guards';
import { AuthModule } from './auth/auth.module';
import { CentresModule } from './centres/centres.module';
import { PeopleModule } from './people/people.module';
import { HealthModule } from './health/health.module';
import { CoursesModule } from './courses/courses.module';
import { LearningModule } from './learning/learning.module';
import { MediaModule } from './media/media.module';
import { CohortsModule } from './cohorts/cohorts.module';
import { DevicesModule } from './devices/devices.module';
import { NotificationsModule } from './notifications/notifications.module';
import { EquipmentModule } from './equipment/equipment.module';
import { VolunteersModule } from './volunteers/volunteers.module';
import { VisitsModule } from './visits/visits.module';
import { GeoModule } from './geo/geo.module';

// Validation messages the API returns are in French, like the rest of the product.
z.config(z.locales.fr());

function hasPinoPretty(): boolean {
  try {
    require.resolve('pino-pretty');
    return true;
  } catch {
    return false;
  }
}

@Global()
@Module({})
class ConfigModule {
  static register(config: AppConfig): DynamicModule {
    return {
      module: ConfigModule,
      providers: [{ provide: AppConfig, useValue: config }],
      exports: [AppConfig],
    };
  }
}

@Module({})
export class AppModule {
  static register(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.register(config),
        LoggerModule.forRoot({
          forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
          pinoHttp: {
            level: config.logLevel,
            genReqId: (req: IncomingMessage, res: ServerResponse) => {
              const given = req.headers['x-request-id'];
              const id = typeof given === 'string' && /^[\w-]{1,100}$/.test(given) ? given : randomUUID();
              res.setHeader('x-request-id', id);
              return id;
            },
            customProps: () => ({ app: 'passerelle-api' }),
            redact: ['req.headers.authorization', 'req.headers.cookie'],
            autoLogging: { ignore: (req: IncomingMessage) => req.url === '/api/health' },
            transport:
              config.nodeEnv === 'development' && hasPinoPretty()
                ? { target: 'pino-pretty', options: { singleLine: true } }
                : undefined,
          },
        }),
        TypeOrmModule.forRoot(dataSourceOptions(config.databaseUrl)),
        ThrottlerModule.forRoot([{ name: 'login', ttl: 60_000, limit: config.loginThrottleLimit }]),
        AuthModule,
        CentresModule,
        PeopleModule,
        CoursesModule,
        CohortsModule,
        DevicesModule,
        NotificationsModule,
        EquipmentModule,
        VolunteersModule,
        VisitsModule,
        GeoModule,
        LearningModule,
        MediaModule,
        HealthModule,
      ],
      providers: [
        { provide: APP_GUARD, useClass: JwtAuthGuard },
        { provide: APP_GUARD, useClass: RolesGuard },
        { provide: APP_PIPE, useClass: ContractValidationPipe },
        { provide: APP_INTERCEPTOR, useClass: ZodSerializerInterceptor },
        { provide: APP_FILTER, useClass: ErrorFilter },
      ],
    };
  }
}
