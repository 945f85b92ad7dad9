import { types } from 'pg';
import type { DataSourceOptions } from 'typeorm';
import { FederationEntity } from '../centres/federation.entity';
import { CentreEntity } from '../centres/centre.entity';
import { PersonEntity } from '../people/person.entity';
import { CentreMembershipEntity } from '../people/centre-membership.entity';
import { CoachingAssignmentEntity } from '../people/coaching-assignment.entity';
import { RefreshTokenEntity } from '../auth/refresh-token.entity';
import { Foundation1764403200000 } from './migrations/1764403200000-foundation';
import { CoursesAndLearning1764489600000 } from './migrations/1764489600000-courses-and-learning';
import { DevicesAndLoans1764576000000 } from './migrations/1764576000000-devices-and-loans';
import { DevicePairing1764662400000 } from './migrations/1764662400000-device-pairing';
import { Notifications1764748800000 } from './migrations/1764748800000-notifications';
import { EquipmentProgramme1764835200000 } from './migrations/1764835200000-equipment-programme';
import { VolunteerProfiles1764921600000 } from './migrations/1764921600000-volunteer-profiles';
import { Visits1765008000000 } from './migrations/1765008000000-visits';
import { DeviceListIndex1765094400000 } from './migrations/1765094400000-device-list-index';
import { VisitReports1765180800000 } from './migrations/1765180800000-visit-reports';
import { LearningRecordVisits1765267200000 } from './migrations/1765267200000-learning-record-visits';
import { CompetenceEntity, CourseEntity, CourseVersionEntity } from '../courses/course.entities';
import {
  CertificateEntity,
  EnrolmentEntity,
  LearningRecordEntity,
  StepStateEntity,
} from '../learning/learning.entities';
import { MediaEntity } from '../media/media.entity';

const PG_DATE_OID = 1082;
// Date-only values stay 'YYYY-MM-DD' strings; a JS Date would shift them with the time zone (ADR 0004).
types.setTypeParser(PG_DATE_OID, (value: string) => value);

export const ENTITIES = [
  FederationEntity,
  CentreEntity,
  PersonEntity,
  CentreMembershipEntity,
  CoachingAssignmentEntity,
  RefreshTokenEntity,
  CompetenceEntity,
  CourseEntity,
  CourseVersionEntity,
  EnrolmentEntity,
  LearningRecordEntity,
  StepStateEntity,
  CertificateEntity,
  MediaEntity,
];

export const MIGRATIONS = [
  Foundation1764403200000,
  CoursesAndLearning1764489600000,
  DevicesAndLoans1764576000000,
  DevicePairing1764662400000,
  Notifications1764748800000,
  EquipmentProgramme1764835200000,
  VolunteerProfiles1764921600000,
  Visits1765008000000,
  DeviceListIndex1765094400000,
  VisitReports1765180800000,
  LearningRecordVisits1765267200000,
];

/** Tables emptied between tests and by `db:reset`, children first. */
export const TABLES_IN_DELETE_ORDER = [
  'notifications',
  'calendar_feeds',
  'learning_records',
  'visit_reports',
  'visits',
  'visit_series',
  'availability_exceptions',
  'availability_windows',
  'centre_required_trainings',
  'volunteer_charter_signatures',
  'volunteer_profiles',
  'loan_agreements',
  'agreement_templates',
  'device_credentials',
  'pairing_codes',
  'device_events',
  'loans',
  'campaigns',
  'households',
  'devices',
  'certificates',
  'step_states',
  'enrolments',
  'cohort_members',
  'cohorts',
  'course_versions',
  'courses',
  'media',
  'refresh_tokens',
  'coaching_assignments',
  'centre_memberships',
  'people',
  'centres',
  'federations',
];

export function dataSourceOptions(url: string, poolSize = 10): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    migrationsRun: false,
    logging: false,
    extra: { max: poolSize, connectionTimeoutMillis: 10_000 },
  };
}
