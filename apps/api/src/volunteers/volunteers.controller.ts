import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { z } from 'zod';
import {
  AvailabilityExceptionSchema,
  AvailabilitySchema,
  AvailableSlotsQuerySchema,
  AvailableSlotsSchema,
  CharterSchema,
  CharterSignatureSchema,
  CreateAvailabilityExceptionSchema,
  CentreEligibilitySchema,
  EligibilitySchema,
  IdSchema,
  RequiredTrainingsSchema,
  SignCharterSchema,
  UpdateAvailabilityWindowsSchema,
  UpdateRequiredTrainingsSchema,
  UpdateVolunteerProfileSchema,
  VolunteerProfileSchema,
} from '@passerelle/contracts';
import { CurrentUser, Roles } from '../common/auth.decorators';
import type { AuthUser } from '../common/auth-user';
import { IdParamsDto } from '../people/people.dto';
import { AvailabilityService } from './availability.service';
import { CharterService } from './charter.service';
import { EligibilityService } from './eligibility.service';
import { RequiredTrainingsService } from './required-trainings.service';
import { VolunteerProfilesService } from './volunteer-profiles.service';

class VolunteerProfileDto extends createZodDto(VolunteerProfileSchema) {}
class UpdateVolunteerProfileDto extends createZodDto(UpdateVolunteerProfileSchema) {}
class CharterDto extends createZodDto(CharterSchema) {}
class SignCharterDto extends createZodDto(SignCharterSchema) {}
class CharterSignatureDto extends createZodDto(CharterSignatureSchema) {}
class EligibilityDto extends createZodDto(EligibilitySchema) {}
class CentreEligibilityDto extends createZodDto(CentreEligibilitySchema) {}
class AvailabilityDto extends createZodDto(AvailabilitySchema) {}
class UpdateAvailabilityWindowsDto extends createZodDto(UpdateAvailabilityWindowsSchema) {}
class AvailabilityExceptionDto extends createZodDto(AvailabilityExceptionSchema) {}
class CreateAvailabilityExceptionDto extends createZodDto(CreateAvailabilityExceptionSchema) {}
class AvailableSlotsQueryDto extends createZodDto(AvailableSlotsQuerySchema) {}
class AvailableSlotsDto extends createZodDto(AvailableSlotsSchema) {}
class RequiredTrainingsDto extends createZodDto(RequiredTrainingsSchema) {}
class UpdateRequiredTrainingsDto extends createZodDto(UpdateRequiredTrainingsSchema) {}
class ExceptionParamsDto extends createZodDto(z.object({ exceptionId: IdSchema })) {}
class VolunteerExceptionParamsDto extends createZodDto(z.object({ id: IdSchema, exceptionId: IdSchema })) {}

/** A volunteer's own profile, charter, eligibility and availability. */
@ApiTags('volunteers')
@ApiBearerAuth()
@Roles('volunteer')
@Controller('me')
export class MyVolunteeringController {
  constructor(
    private readonly profiles: VolunteerProfilesService,
    private readonly charter: CharterService,
    private readonly eligibility: EligibilityService,
    private readonly availability: AvailabilityService,
  ) {}

  @Get('volunteer-profile')
  @ZodResponse({ type: VolunteerProfileDto })
  profile(@CurrentUser() user: AuthUser) {
    return this.profiles.get(user, user.id);
  }

  @Put('volunteer-profile')
  @ZodResponse({ type: VolunteerProfileDto })
  updateProfile(@CurrentUser() user: AuthUser, @Body() body: UpdateVolunteerProfileDto) {
    return this.profiles.update(user, user.id, body);
  }

  @Get('charter')
  @ZodResponse({ type: CharterDto })
  currentCharter(@CurrentUser() user: AuthUser) {
    return this.charter.current(user);
  }

  /** 201 for a new signature, 200 with the same signature when the version was already signed. */
  @Post('charter/sign')
  @ZodResponse({ type: CharterSignatureDto, status: 201 })
  async signCharter(
    @CurrentUser() user: AuthUser,
    @Body() body: SignCharterDto,
    @Res({ passthrough: true }) res: Response,
  ) {
    const { signature, created } = await this.charter.sign(user, body);
    res.status(created ? 201 : 200);
    return signature;
  }

  @Get('eligibility')
  @ZodResponse({ type: EligibilityDto })
  myEligibility(@CurrentUser() user: AuthUser) {
    return this.eligibility.forVolunteer(user, user.id);
  }

  @Get('availability')
  @ZodResponse({ type: AvailabilityDto })
  myAvailability(@CurrentUser() user: AuthUser) {
    return this.availability.get(user, user.id);
  }

  @Put('availability')
  @ZodResponse({ type: AvailabilityDto })
  replaceMyWindows(@CurrentUser() user: AuthUser, @Body() body: UpdateAvailabilityWindowsDto) {
    return this.availability.replaceWindows(user, user.id, body);
  }

  @Post('availability/exceptions')
  @ZodResponse({ type: AvailabilityExceptionDto, status: 201 })
  addMyException(@CurrentUser() user: AuthUser, @Body() body: CreateAvailabilityExceptionDto) {
    return this.availability.addException(user, user.id, body);
  }

  @Delete('availability/exceptions/:exceptionId')
  @HttpCode(204)
  async removeMyException(@CurrentUser() user: AuthUser, @Param() params: ExceptionParamsDto): Promise<void> {
    await this.availability.removeException(user, user.id, params.exceptionId);
  }
}

/** Coordinators (their centre) and federation admins (their federation) for a volunteer or a centre. */
@ApiTags('volunteers')
@ApiBearerAuth()
@Roles('coordinator', 'federation_admin')
@Controller()
export class VolunteersController {
  constructor(
    private readonly profiles: VolunteerProfilesService,
    private readonly eligibility: EligibilityService,
    private readonly availability: AvailabilityService,
    private readonly requiredTrainings: RequiredTrainingsService,
  ) {}

  @Get('volunteers/:id/profile')
  @ZodResponse({ type: VolunteerProfileDto })
  profile(@CurrentUser() user: AuthUser, @Param() params: IdParamsDto) {
    return this.profiles.get(user, params.id);
  }

  @Put('volunteers/:id/profile')
  @ZodResponse({ type: VolunteerProfileDto })
  updateProfile(
    @CurrentUser() user: AuthUser,
    @Param() params: IdParamsDto,
    @Body() body: UpdateVolunteerProfileDto,
  ) {
    return this.profiles.update(user, params.id, body);
  }

  @Get('volunteers/:id/eligibility')
  @ZodResponse({ type: EligibilityDto })
  eligibilityOf(@CurrentUser() user: AuthUser, @Param() params: IdParamsDto) {
    return this.eligibility.forVolunteer(user, params.id);
  }

  @Get('volunteers/:id/availability')
  @ZodResponse({ type: AvailabilityDto })
  availabilityOf(@CurrentUser() user: AuthUser, @Param() params: IdParamsDto) {
    return this.availability.get(user, params.id);
  }

  @Put('volunteers/:id/availability')
  @ZodResponse({ type: AvailabilityDto })
  replaceWindows(
    @CurrentUser() user: AuthUser,
    @Param() params: IdParamsDto,
    @Body() body: UpdateAvailabilityWindowsDto,
  ) {
    return this.availability.replaceWindows(user, params.id, body);
  }

  @Post('volunteers/:id/availability/exceptions')
  @ZodResponse({ type: AvailabilityExceptionDto, status: 201 })
  addException(
    @CurrentUser() user: AuthUser,
    @Param() params: IdParamsDto,
    @Body() body: CreateAvailabilityExceptionDto,
  ) {
    return this.availability.addException(user, params.id, body);
  }

  @Delete('volunteers/:id/availability/exceptions/:exceptionId')
  @HttpCode(204)
  async removeException(
    @CurrentUser() user: AuthUser,
    @Param() params: VolunteerExceptionParamsDto,
  ): Promise<void> {
    await this.availability.removeException(user, params.id, params.exceptionId);
  }

  /** Available slots (weekly windows minus exceptions and public holidays), 62 days at most. */
  @Get('volunteers/:id/slots')
  @ZodResponse({ type: AvailableSlotsDto })
  slots(@CurrentUser() user: AuthUser, @Param() params: IdParamsDto, @Query() query: AvailableSlotsQueryDto) {
    return this.availability.slots(user, params.id, query);
  }

  /** Every volunteer of the centre with their standing for home visits. */
  @Get('centres/:id/volunteer-eligibility')
  @ZodResponse({ type: CentreEligibilityDto })
  centreEligibility(@CurrentUser() user: AuthUser, @Param() params: IdParamsDto) {
    return this.eligibility.forManagedCentre(user, params.id);
  }

  @Get('centres/:id/required-trainings')
  @ZodResponse({ type: RequiredTrainingsDto })
  required(@CurrentUser() user: AuthUser, @Param() params: IdParamsDto) {
    return this.requiredTrainings.get(user, params.id);
  }

  /** An empty list gives the centre back the federation's default trainings. */
  @Put('centres/:id/required-trainings')
  @ZodResponse({ type: RequiredTrainingsDto })
  replaceRequired(
    @CurrentUser() user: AuthUser,
    @Param() params: IdParamsDto,
    @Body() body: UpdateRequiredTrainingsDto,
  ) {
    return this.requiredTrainings.replace(user, params.id, body);
  }
}
