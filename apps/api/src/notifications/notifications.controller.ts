import { Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import {
  NotificationRunSchema,
  NotificationsPageSchema,
  NotificationsQuerySchema,
} from '@passerelle/contracts';
import { CurrentUser, Roles } from '../common/auth.decorators';
import type { AuthUser } from '../common/auth-user';
import { NotificationsService } from './notifications.service';
import { NotificationsWorker } from './notifications.worker';

class NotificationsQueryDto extends createZodDto(NotificationsQuerySchema) {}
class NotificationsPageDto extends createZodDto(NotificationsPageSchema) {}
class NotificationRunDto extends createZodDto(NotificationRunSchema) {}

@ApiTags('notifications')
@ApiBearerAuth()
@Controller('notifications')
export class NotificationsController {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly worker: NotificationsWorker,
  ) {}

  /** Newest first: a coordinator's centre, a federation admin's centres, a volunteer's own messages. */
  @Roles('coordinator', 'federation_admin', 'volunteer')
  @Get()
  @ZodResponse({ type: NotificationsPageDto })
  list(@CurrentUser() user: AuthUser, @Query() query: NotificationsQueryDto) {
    return this.notifications.list(user, query);
  }

  /** Queues the reminders due today and sends the caller's centres' queue now, without waiting for the worker. */
  @Roles('coordinator', 'federation_admin')
  @Post('run')
  @HttpCode(200)
  @ZodResponse({ type: NotificationRunDto, status: 200 })
  async run(@CurrentUser() user: AuthUser) {
    return this.worker.runOnce({ centreIds: await this.notifications.centresManagedBy(user) });
  }
}
