import { Module } from '@nestjs/common';
import { DevicesModule } from '../devices/devices.module';
import { LearningModule } from '../learning/learning.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { VolunteersModule } from '../volunteers/volunteers.module';
import { CalendarFeedsService } from './calendar-feeds.service';
import { VisitReportsController } from './visit-reports.controller';
import { VisitReportsService } from './visit-reports.service';
import { VisitSeriesService } from './visit-series.service';
import { VisitSuggestionsService } from './visit-suggestions.service';
import { VisitsController } from './visits.controller';
import { VisitsService } from './visits.service';

/** Home coaching visits: conflict-free booking, recurring series, reports, calendar feeds. */
@Module({
  imports: [VolunteersModule, LearningModule, NotificationsModule, DevicesModule],
  controllers: [VisitsController, VisitReportsController],
  providers: [
    VisitsService,
    VisitSeriesService,
    VisitSuggestionsService,
    VisitReportsService,
    CalendarFeedsService,
  ],
  exports: [VisitsService],
})
export class VisitsModule {}
