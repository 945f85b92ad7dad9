import { Module } from '@nestjs/common';
import { join } from 'node:path';
import { AppConfig } from '../config/app-config';
import { LoanRemindersService } from './loan-reminders.service';
import { NotificationSender } from './notification-sender';
import {
  FileSmsTransport,
  FileTransport,
  NotificationTransport,
  SmsTransport,
} from './notification-transports';
import { NotificationsController } from './notifications.controller';
import { NotificationsService } from './notifications.service';
import { NotificationsWorker } from './notifications.worker';
import { SmtpTransport } from './smtp-transport';
import { VisitRemindersService } from './visit-reminders.service';

/** Where development messages land, one file each; the "Messages envoyés" page lists them too. */
export function outboxDir(config: AppConfig): string {
  return join(config.dataDir, 'outbox');
}

@Module({
  controllers: [NotificationsController],
  providers: [
    NotificationsService,
    NotificationSender,
    LoanRemindersService,
    VisitRemindersService,
    NotificationsWorker,
    {
      provide: NotificationTransport,
      inject: [AppConfig],
      useFactory: (config: AppConfig) =>
        config.smtpUrl
          ? new SmtpTransport(config.smtpUrl, config.mailFrom)
          : new FileTransport(outboxDir(config), config.mailFrom),
    },
    {
      provide: SmsTransport,
      inject: [AppConfig],
      useFactory: (config: AppConfig) => new FileSmsTransport(outboxDir(config)),
    },
  ],
  exports: [NotificationsService],
})
export class NotificationsModule {}
