import { Body, Controller, Delete, Get, Header, HttpCode, Param, Post, Res, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiProduces, ApiTags } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import type { Response } from 'express';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { z } from 'zod';
import {
  CalendarFeedCreatedSchema,
  CalendarFeedStatusSchema,
  CannotComeSchema,
  SubmitVisitReportSchema,
  VisitReportResultSchema,
  VisitSchema,
} from '@passerelle/contracts';
import { CurrentUser, Public, Roles } from '../common/auth.decorators';
import type { AuthUser } from '../common/auth-user';
import { IdParamsDto } from '../people/people.dto';
import { CalendarFeedsService } from './calendar-feeds.service';
import { VisitReportsService } from './visit-reports.service';

class SubmitVisitReportDto extends createZodDto(SubmitVisitReportSchema) {}
class VisitReportResultDto extends createZodDto(VisitReportResultSchema) {}
class CannotComeDto extends createZodDto(CannotComeSchema) {}
class VisitDto extends createZodDto(VisitSchema) {}
class CalendarFeedCreatedDto extends createZodDto(CalendarFeedCreatedSchema) {}
class CalendarFeedStatusDto extends createZodDto(CalendarFeedStatusSchema) {}
class CalendarFileParamsDto extends createZodDto(z.object({ file: z.string().max(120) })) {}

@ApiTags('visits')
@Controller()
export class VisitReportsController {
  constructor(
    private readonly reports: VisitReportsService,
    private readonly feeds: CalendarFeedsService,
  ) {}

  /**
   * Files a visit's report with the skills observed (learning records for the senior). 201 the first
   * time, 200 with the same answer when the same report is sent again, 409 `visit_already_reported`
   * when the visit already has another report. Notes must not contain health details.
   */
  @ApiBearerAuth()
  @Roles('volunteer', 'coordinator')
  @Post('visits/:id/report')
  @ZodResponse({ type: VisitReportResultDto, status: 201 })
  async submit(
    @CurrentUser() user: AuthUser,
    @Param() params: IdParamsDto,
    @Body() body: SubmitVisitReportDto,
    @Res({ passthrough: true }) res: Response,
  ) {
    const { result, created } = await this.reports.submit(user, params.id, body);
    res.status(created ? 201 : 200);
    return result;
  }

  @ApiBearerAuth()
  @Roles('volunteer', 'coordinator', 'federation_admin')
  @Get('visits/:id/report')
  @ZodResponse({ type: VisitReportResultDto })
  report(@CurrentUser() user: AuthUser, @Param() params: IdParamsDto) {
    return this.reports.get(user, params.id);
  }

  /** "Je ne peux pas venir": cancels the visit and alerts the centre's coordinators. */
  @ApiBearerAuth()
  @Roles('volunteer')
  @Post('visits/:id/cannot-come')
  @HttpCode(200)
  @ZodResponse({ type: VisitDto })
  cannotCome(@CurrentUser() user: AuthUser, @Param() params: IdParamsDto, @Body() body: CannotComeDto) {
    return this.reports.cannotCome(user, params.id, body);
  }

  /** Whether the volunteer has a live calendar URL, and since when (the URL is shown only once). */
  @ApiBearerAuth()
  @Roles('volunteer')
  @Get('me/calendar-feed')
  @ZodResponse({ type: CalendarFeedStatusDto })
  statusMine(@CurrentUser() user: AuthUser) {
    return this.feeds.statusMine(user);
  }

  /** A new secret calendar URL for the volunteer (shown once); the previous one stops working. */
  @ApiBearerAuth()
  @Roles('volunteer')
  @Post('me/calendar-feed')
  @ZodResponse({ type: CalendarFeedCreatedDto, status: 201 })
  rotateMine(@CurrentUser() user: AuthUser) {
    return this.feeds.rotateMine(user);
  }

  @ApiBearerAuth()
  @Roles('volunteer')
  @Delete('me/calendar-feed')
  @HttpCode(204)
  async revokeMine(@CurrentUser() user: AuthUser): Promise<void> {
    await this.feeds.revokeMine(user);
  }

  @ApiBearerAuth()
  @Roles('coordinator', 'federation_admin')
  @Get('centres/:id/calendar-feed')
  @ZodResponse({ type: CalendarFeedStatusDto })
  statusForCentre(@CurrentUser() user: AuthUser, @Param() params: IdParamsDto) {
    return this.feeds.statusForCentre(user, params.id);
  }

  @ApiBearerAuth()
  @Roles('coordinator', 'federation_admin')
  @Post('centres/:id/calendar-feed')
  @ZodResponse({ type: CalendarFeedCreatedDto, status: 201 })
  rotateForCentre(@CurrentUser() user: AuthUser, @Param() params: IdParamsDto) {
    return this.feeds.rotateForCentre(user, params.id);
  }

  @ApiBearerAuth()
  @Roles('coordinator', 'federation_admin')
  @Delete('centres/:id/calendar-feed')
  @HttpCode(204)
  async revokeForCentre(@CurrentUser() user: AuthUser, @Param() params: IdParamsDto): Promise<void> {
    await this.feeds.revokeForCentre(user, params.id);
  }

  /** The iCalendar feed behind a secret URL (`<token>.ics`); unknown or revoked → 404. */
  @Public()
  @UseGuards(ThrottlerGuard)
  @Get('calendar/:file')
  @ApiProduces('text/calendar')
  @Header('Content-Type', 'text/calendar; charset=utf-8')
  @Header('Cache-Control', 'private, max-age=300')
  feed(@Param() params: CalendarFileParamsDto) {
    return this.feeds.render(params.file);
  }
}
