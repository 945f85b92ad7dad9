import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { CohortListSchema, CohortSchema, SaveCohortSchema } from '@passerelle/contracts';
import { CurrentUser, Roles } from '../common/auth.decorators';
import type { AuthUser } from '../common/auth-user';
import { IdParamsDto } from '../people/people.dto';
import { CohortsService } from './cohorts.service';

class CohortDto extends createZodDto(CohortSchema) {}
class CohortListDto extends createZodDto(CohortListSchema) {}
class SaveCohortDto extends createZodDto(SaveCohortSchema) {}

@ApiTags('cohorts')
@ApiBearerAuth()
@Roles('coordinator', 'federation_admin')
@Controller('cohorts')
export class CohortsController {
  constructor(private readonly cohorts: CohortsService) {}

  @Get()
  @ZodResponse({ type: CohortListDto })
  list(@CurrentUser() user: AuthUser) {
    return this.cohorts.list(user);
  }

  @Get(':id')
  @ZodResponse({ type: CohortDto })
  get(@CurrentUser() user: AuthUser, @Param() params: IdParamsDto) {
    return this.cohorts.get(user, params.id);
  }

  @Post()
  @ZodResponse({ type: CohortDto, status: 201 })
  create(@CurrentUser() user: AuthUser, @Body() body: SaveCohortDto) {
    return this.cohorts.create(user, body);
  }

  @Put(':id')
  @ZodResponse({ type: CohortDto })
  update(@CurrentUser() user: AuthUser, @Param() params: IdParamsDto, @Body() body: SaveCohortDto) {
    return this.cohorts.update(user, params.id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  async remove(@CurrentUser() user: AuthUser, @Param() params: IdParamsDto): Promise<void> {
    await this.cohorts.remove(user, params.id);
  }
}
