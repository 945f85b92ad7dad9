import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { CurrentUser, Roles } from '../common/auth.decorators';
import type { AuthUser } from '../common/auth-user';
import { IdParamsDto } from '../people/people.dto';
import { CoursesService } from './courses.service';
import {
  CatalogueQueryDto,
  CataloguePageDto,
  CompetenceListDto,
  CourseDraftDto,
  CourseDraftViewDto,
  CourseSummaryDto,
  CourseSummaryListDto,
  CreateCourseDto,
  PublishedCourseDto,
  PublishedCourseQueryDto,
} from './courses.dto';

@ApiTags('courses')
@ApiBearerAuth()
@Controller()
export class CoursesController {
  constructor(private readonly courses: CoursesService) {}

  @Get('catalogue')
  @ZodResponse({ type: CataloguePageDto })
  catalogue(@CurrentUser() user: AuthUser, @Query() query: CatalogueQueryDto) {
    return this.courses.catalogue(user, query);
  }

  @Get('competences')
  @ZodResponse({ type: CompetenceListDto })
  competences() {
    return this.courses.competences();
  }

  @Get('courses/:id/published')
  @ZodResponse({ type: PublishedCourseDto })
  published(
    @CurrentUser() user: AuthUser,
    @Param() params: IdParamsDto,
    @Query() query: PublishedCourseQueryDto,
  ) {
    return this.courses.published(user, params.id, query.forSenior);
  }

  @Roles('coordinator', 'federation_admin')
  @Get('courses')
  @ZodResponse({ type: CourseSummaryListDto })
  authoringList(@CurrentUser() user: AuthUser) {
    return this.courses.authoringList(user);
  }

  @Roles('coordinator', 'federation_admin')
  @Post('courses')
  @ZodResponse({ type: CourseSummaryDto, status: 201 })
  create(@CurrentUser() user: AuthUser, @Body() body: CreateCourseDto) {
    return this.courses.create(user, body, body.centreId);
  }

  @Roles('coordinator', 'federation_admin')
  @Get('courses/:id/draft')
  @ZodResponse({ type: CourseDraftViewDto })
  draft(@CurrentUser() user: AuthUser, @Param() params: IdParamsDto) {
    return this.courses.draft(user, params.id);
  }

  @Roles('coordinator', 'federation_admin')
  @Put('courses/:id/draft')
  @ZodResponse({ type: CourseDraftViewDto })
  saveDraft(@CurrentUser() user: AuthUser, @Param() params: IdParamsDto, @Body() body: CourseDraftDto) {
    return this.courses.saveDraft(user, params.id, body);
  }

  @Roles('coordinator', 'federation_admin')
  @Post('courses/:id/publish')
  @HttpCode(200)
  @ZodResponse({ type: CourseSummaryDto, status: 200 })
  publish(@CurrentUser() user: AuthUser, @Param() params: IdParamsDto) {
    return this.courses.publish(user, params.id);
  }
}
