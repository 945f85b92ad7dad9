import { Module } from '@nestjs/common';
import { AvailabilityService } from './availability.service';
import { CharterService } from './charter.service';
import { EligibilityService } from './eligibility.service';
import { RequiredTrainingsService } from './required-trainings.service';
import { VolunteerProfilesService } from './volunteer-profiles.service';
import { MyVolunteeringController, VolunteersController } from './volunteers.controller';

export { EligibilityService, VolunteerNotEligibleError } from './eligibility.service';
export type { VolunteerEligibility } from './eligibility.service';
export { AvailabilityService } from './availability.service';

/**
 * Volunteers before home visits: profile, charter, the eligibility gate (charter + required
 * trainings) and weekly availability. Visits use EligibilityService and AvailabilityService.
 */
@Module({
  controllers: [MyVolunteeringController, VolunteersController],
  providers: [
    VolunteerProfilesService,
    CharterService,
    RequiredTrainingsService,
    EligibilityService,
    AvailabilityService,
  ],
  exports: [EligibilityService, AvailabilityService],
})
export class VolunteersModule {}
