import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import {
  CancelVisitSchema,
  CreateVisitSchema,
  CreateVisitSeriesSchema,
  MyVisitsQuerySchema,
  NextVisitSchema,
  SplitVisitSeriesSchema,
  UpdateVisitSchema,
  VisitListSchema,
  VisitSchema,
  VisitSeriesCreatedSchema,
  VisitSeriesDetailSchema,
  VisitSeriesInputSchema,
  VisitSeriesPreviewSchema,
  VisitsQuerySchema,
  VisitSuggestionsQuerySchema,
  VisitSuggestionsSchema,
} from '@passerelle/contracts';
import { CurrentUser, Roles } from '../common/auth.decorators';
import type { AuthUser } from '../common/auth-user';
import { IdParamsDto } from '../people/people.dto';
import { VisitSeriesService } from './visit-series.service';
import { VisitSuggestionsService } from './visit-suggestions.service';
import { VisitsService } from './visits.service';

class VisitDto extends createZodDto(VisitSchema) {}
class VisitListDto extends createZodDto(VisitListSchema) {}
class VisitsQueryDto extends createZodDto(VisitsQuerySchema) {}
class MyVisitsQueryDto extends createZodDto(MyVisitsQuerySchema) {}
class CreateVisitDto extends createZodDto(CreateVisitSchema) {}
class UpdateVisitDto extends createZodDto(UpdateVisitSchema) {}
class CancelVisitDto extends createZodDto(CancelVisitSchema) {}
class NextVisitDto extends createZodDto(NextVisitSchema) {}
class VisitSeriesInputDto extends createZodDto(VisitSeriesInputSchema) {}
class CreateVisitSeriesDto extends createZodDto(CreateVisitSeriesSchema) {}
class SplitVisitSeriesDto extends createZodDto(SplitVisitSeriesSchema) {}
class VisitSeriesPreviewDto extends createZodDto(VisitSeriesPreviewSchema) {}
class VisitSeriesCreatedDto extends createZodDto(VisitSeriesCreatedSchema) {}
class VisitSeriesDetailDto extends createZodDto(VisitSeriesDetailSchema) {}
class VisitSuggestionsQueryDto extends createZodDto(VisitSuggestionsQuerySchema) {}
class VisitSuggestionsDto extends createZodDto(VisitSuggestionsSchema) {}

@ApiTags('visits')
@ApiBearerAuth()
@Roles('coordinator', 'federation_admin')
@Controller()
export class VisitsController {
  constructor(
    private readonly visits: VisitsService,
    private readonly series: VisitSeriesService,
    private readonly suggestions: VisitSuggestionsService,
  ) {}

  @Get('visits')
  @ZodResponse({ type: VisitListDto })
  list(@CurrentUser() user: AuthUser, @Query() query: VisitsQueryDto) {
    return this.visits.list(user, query);
  }

  /**
   * Eligible volunteers of the senior's centre and free start times (half-hour grid) inside their
   * availability, clear of existing visits with travel buffers; the nearest first (town names).
   */
  @Get('visits/suggestions')
  @ZodResponse({ type: VisitSuggestionsDto })
  suggest(@CurrentUser() user: AuthUser, @Query() query: VisitSuggestionsQueryDto) {
    return this.suggestions.suggest(user, query);
  }

  /** Books a visit; 409 `visit_conflict` names the visits it clashes with (travel buffers included). */
  @Post('visits')
  @ZodResponse({ type: VisitDto, status: 201 })
  create(@CurrentUser() user: AuthUser, @Body() body: CreateVisitDto) {
    return this.visits.create(user, body);
  }

  @Get('visits/:id')
  @Roles('coordinator', 'federation_admin', 'volunteer')
  @ZodResponse({ type: VisitDto })
  get(@CurrentUser() user: AuthUser, @Param() params: IdParamsDto) {
    return this.visits.get(user, params.id);
  }

  /** Moves a planned visit (also one occurrence of a series: it keeps its occurrence key). */
  @Patch('visits/:id')
  @ZodResponse({ type: VisitDto })
  update(@CurrentUser() user: AuthUser, @Param() params: IdParamsDto, @Body() body: UpdateVisitDto) {
    return this.visits.update(user, params.id, body);
  }

  /** Cancels a planned visit (also how one occurrence of a series is skipped). */
  @Post('visits/:id/cancel')
  @HttpCode(200)
  @ZodResponse({ type: VisitDto })
  cancel(@CurrentUser() user: AuthUser, @Param() params: IdParamsDto, @Body() body: CancelVisitDto) {
    return this.visits.cancel(user, params.id, body);
  }

  @Get('me/visits')
  @Roles('volunteer')
  @ZodResponse({ type: VisitListDto })
  mine(@CurrentUser() user: AuthUser, @Query() query: MyVisitsQueryDto) {
    return this.visits.listMine(user, query);
  }

  @Get('me/next-visit')
  @Roles('senior')
  @ZodResponse({ type: NextVisitDto })
  next(@CurrentUser() user: AuthUser) {
    return this.visits.nextForSenior(user);
  }

  /** Every occurrence of a would-be series with its conflicts; nothing is saved. */
  @Post('visit-series/preview')
  @HttpCode(200)
  @ZodResponse({ type: VisitSeriesPreviewDto })
  preview(@CurrentUser() user: AuthUser, @Body() body: VisitSeriesInputDto) {
    return this.series.preview(user, body);
  }

  /** Creates every occurrence in one transaction; 409 `visit_series_conflict` lists each clash. */
  @Post('visit-series')
  @ZodResponse({ type: VisitSeriesCreatedDto, status: 201 })
  createSeries(@CurrentUser() user: AuthUser, @Body() body: CreateVisitSeriesDto) {
    return this.series.create(user, body);
  }

  @Get('visit-series/:id')
  @ZodResponse({ type: VisitSeriesDetailDto })
  getSeries(@CurrentUser() user: AuthUser, @Param() params: IdParamsDto) {
    return this.series.get(user, params.id);
  }

  /** "This and following": ends the series at an occurrence and starts a new one from there. */
  @Post('visit-series/:id/split')
  @ZodResponse({ type: VisitSeriesCreatedDto, status: 201 })
  split(@CurrentUser() user: AuthUser, @Param() params: IdParamsDto, @Body() body: SplitVisitSeriesDto) {
    return this.series.split(user, params.id, body);
  }
}
