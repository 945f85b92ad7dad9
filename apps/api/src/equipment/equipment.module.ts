import { Module } from '@nestjs/common';
import { PeopleModule } from '../people/people.module';
import { AgreementsService } from './agreements.service';
import { CampaignsService } from './campaigns.service';
import { EquipmentController } from './equipment.controller';
import { HouseholdsService } from './households.service';

/** Households, distribution campaigns and their report, and loan agreements signed in person. */
@Module({
  imports: [PeopleModule],
  controllers: [EquipmentController],
  providers: [HouseholdsService, CampaignsService, AgreementsService],
})
export class EquipmentModule {}
