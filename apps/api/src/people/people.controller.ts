import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { CurrentUser, Roles } from '../common/auth.decorators';
import type { AuthUser } from '../common/auth-user';
import { PeopleService } from './people.service';
import {
  AssignmentParamsDto,
  AssignVolunteerDto,
  CreatePersonDto,
  IdParamsDto,
  PeoplePageDto,
  PeopleQueryDto,
  PersonDetailDto,
  PersonListDto,
  UpdatePersonDto,
} from './people.dto';

@ApiTags('people')
@ApiBearerAuth()
@Controller('people')
export class PeopleController {
  constructor(private readonly people: PeopleService) {}

  @Roles('coordinator', 'federation_admin')
  @Get()
  @ZodResponse({ type: PeoplePageDto })
  list(@CurrentUser() user: AuthUser, @Query() query: PeopleQueryDto) {
    return this.people.list(user, query);
  }

  /** Volunteers may open their own seniors; coordinators their centre; federation admins everyone. */
  @Get(':id')
  @ZodResponse({ type: PersonDetailDto })
  get(@CurrentUser() user: AuthUser, @Param() params: IdParamsDto) {
    return this.people.get(user, params.id);
  }

  @Roles('coordinator', 'federation_admin')
  @Post()
  @ZodResponse({ type: PersonDetailDto, status: 201 })
  create(@CurrentUser() user: AuthUser, @Body() body: CreatePersonDto) {
    return this.people.create(user, body);
  }

  @Roles('coordinator', 'federation_admin')
  @Patch(':id')
  @ZodResponse({ type: PersonDetailDto })
  update(@CurrentUser() user: AuthUser, @Param() params: IdParamsDto, @Body() body: UpdatePersonDto) {
    return this.people.update(user, params.id, body);
  }

  @Roles('coordinator', 'federation_admin')
  @Post(':id/volunteers')
  @HttpCode(200)
  @ZodResponse({ type: PersonDetailDto, status: 200 })
  assign(@CurrentUser() user: AuthUser, @Param() params: IdParamsDto, @Body() body: AssignVolunteerDto) {
    return this.people.assignVolunteer(user, params.id, body.volunteerId);
  }

  @Roles('coordinator', 'federation_admin')
  @Delete(':id/volunteers/:volunteerId')
  @ZodResponse({ type: PersonDetailDto })
  unassign(@CurrentUser() user: AuthUser, @Param() params: AssignmentParamsDto) {
    return this.people.unassignVolunteer(user, params.id, params.volunteerId);
  }
}

@ApiTags('people')
@ApiBearerAuth()
@Controller('me')
export class MyPeopleController {
  constructor(private readonly people: PeopleService) {}

  @Roles('volunteer')
  @Get('seniors')
  @ZodResponse({ type: PersonListDto })
  seniors(@CurrentUser() user: AuthUser) {
    return this.people.seniorsOf(user);
  }
}
