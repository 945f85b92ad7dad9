import { Module } from '@nestjs/common';
import { CoursesModule } from '../courses/courses.module';
import { PeopleModule } from '../people/people.module';
import { CohortsModule } from '../cohorts/cohorts.module';
import { CertificatesService } from './certificates.service';
import { LearningController } from './learning.controller';
import { LearningService } from './learning.service';

@Module({
  imports: [CoursesModule, PeopleModule, CohortsModule],
  controllers: [LearningController],
  providers: [LearningService, CertificatesService],
  exports: [LearningService],
})
export class LearningModule {}
