import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { CentreEligibility, Eligibility, FieldError, TrainingRef } from '@passerelle/contracts';
import type { AuthUser } from '../common/auth-user';
import { ConflictError } from '../common/domain-error';
import { CHARTER_VERSION } from './charter';
import { RequiredTrainingsService } from './required-trainings.service';
import { managedCentre, managedVolunteer } from './volunteer-scope';

/** What stands between a volunteer and home visits. */
export interface VolunteerEligibility {
  eligible: boolean;
  charterSigned: boolean;
  missingTrainings: Array<{ courseId: string; title: string }>;
}

/** Booking a volunteer who may not make home visits yet (409), saying what is missing. */
export class VolunteerNotEligibleError extends ConflictError {
  override readonly code = 'volunteer_not_eligible';

  constructor(volunteerName: string, eligibility: VolunteerEligibility) {
    const errors: FieldError[] = [];
    const reasons: string[] = [];
    if (!eligibility.charterSigned) {
      reasons.push('charte du bénévole non signée');
      errors.push({
        path: 'volunteerId',
        code: 'charter_not_signed',
        message: 'La charte du bénévole n’est pas signée.',
      });
    }
    const missing = eligibility.missingTrainings;
    if (missing.length > 0) {
      const titles = missing.map((t) => `« ${t.title} »`).join(', ');
      reasons.push(`${missing.length > 1 ? 'formations manquantes' : 'formation manquante'} ${titles}`);
      for (const t of missing)
        errors.push({
          path: 'volunteerId',
          code: 'training_missing',
          message: `Formation manquante : « ${t.title} ».`,
        });
    }
    if (reasons.length === 0) {
      reasons.push('bénévole inactif');
      errors.push({
        path: 'volunteerId',
        code: 'volunteer_inactive',
        message: 'Ce bénévole n’est plus actif.',
      });
    }
    super(`${volunteerName} ne peut pas encore faire de visites : ${reasons.join(' ; ')}.`, errors, {
      charterSigned: eligibility.charterSigned,
      missingTrainings: eligibility.missingTrainings,
    });
  }
}

/** A volunteer as the gate reads them. */
interface VolunteerGateRow {
  id: string;
  centre_id: string;
  first_name: string;
  last_name: string;
  active: boolean;
  charter_signed: boolean;
}

const GATE_SELECT = `
  SELECT p.id, p.centre_id, p.first_name, p.last_name, p.active,
         EXISTS (SELECT 1 FROM volunteer_charter_signatures s
                  WHERE s.volunteer_id = p.id AND s.charter_version = $1) AS charter_signed
    FROM people p`;

/** One volunteer's standing, from their row, the centre's required trainings and what they completed. */
function judge(
  volunteer: VolunteerGateRow,
  required: TrainingRef[],
  completed: ReadonlySet<string>,
): VolunteerEligibility {
  const missingTrainings = required.filter((t) => !completed.has(t.courseId));
  return {
    eligible: volunteer.active && volunteer.charter_signed && missingTrainings.length === 0,
    charterSigned: volunteer.charter_signed,
    missingTrainings,
  };
}

/**
 * The gate before home visits: an active volunteer who signed the current charter and completed
 * every training their centre requires.
 */
@Injectable()
export class EligibilityService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly requiredTrainings: RequiredTrainingsService,
  ) {}

  /** Works inside the caller's transaction (`manager`); an unknown id is simply not eligible. */
  async check(manager: EntityManager, volunteerId: string): Promise<VolunteerEligibility> {
    return (await this.evaluate(manager, volunteerId)).eligibility;
  }

  /** Throws VolunteerNotEligibleError (409) naming what is missing. */
  async assertEligible(manager: EntityManager, volunteerId: string): Promise<void> {
    const { eligibility, name } = await this.evaluate(manager, volunteerId);
    if (!eligibility.eligible) throw new VolunteerNotEligibleError(name, eligibility);
  }

  async forVolunteer(user: AuthUser, volunteerId: string): Promise<Eligibility> {
    const volunteer = await managedVolunteer(this.db.manager, user, volunteerId);
    const eligibility = await this.check(this.db.manager, volunteer.id);
    return { volunteerId: volunteer.id, active: volunteer.active, ...eligibility };
  }

  /**
   * Every volunteer of a centre with their standing, in four queries whatever their number (the
   * booking page and the slot suggestions read it).
   */
  async forCentre(manager: EntityManager, centreId: string): Promise<Eligibility[]> {
    const volunteers: VolunteerGateRow[] = await manager.query(
      `${GATE_SELECT} WHERE p.centre_id = $2 AND p.role = 'volunteer'
        ORDER BY p.last_name, p.first_name, p.id`,
      [CHARTER_VERSION, centreId],
    );
    if (volunteers.length === 0) return [];
    const required = (await this.requiredTrainings.forCentre(manager, centreId)).trainings;
    const completed: Array<{ person_id: string; course_id: string }> = await manager.query(
      `SELECT person_id, course_id FROM enrolments
        WHERE person_id = ANY($1::uuid[]) AND status = 'completed' AND course_id = ANY($2::uuid[])`,
      [volunteers.map((v) => v.id), required.map((t) => t.courseId)],
    );
    const done = new Map<string, Set<string>>(volunteers.map((v) => [v.id, new Set()]));
    for (const row of completed) done.get(row.person_id)?.add(row.course_id);
    return volunteers.map((v) => ({
      volunteerId: v.id,
      active: v.active,
      ...judge(v, required, done.get(v.id)!),
    }));
  }

  /** The centre's volunteers with their standing, for a coordinator of it or its federation. */
  async forManagedCentre(user: AuthUser, centreId: string): Promise<CentreEligibility> {
    await managedCentre(this.db.manager, user, centreId);
    return { centreId, volunteers: await this.forCentre(this.db.manager, centreId) };
  }

  private async evaluate(
    manager: EntityManager,
    volunteerId: string,
  ): Promise<{ eligibility: VolunteerEligibility; name: string }> {
    const [volunteer]: VolunteerGateRow[] = await manager.query(
      `${GATE_SELECT} WHERE p.id = $2 AND p.role = 'volunteer'`,
      [CHARTER_VERSION, volunteerId],
    );
    if (!volunteer)
      return {
        eligibility: { eligible: false, charterSigned: false, missingTrainings: [] },
        name: 'Ce bénévole',
      };
    const required = (await this.requiredTrainings.forCentre(manager, volunteer.centre_id)).trainings;
    const completed: Array<{ course_id: string }> = await manager.query(
      `SELECT course_id FROM enrolments WHERE person_id = $1 AND status = 'completed' AND course_id = ANY($2::uuid[])`,
      [volunteerId, required.map((t) => t.courseId)],
    );
    return {
      eligibility: judge(volunteer, required, new Set(completed.map((c) => c.course_id))),
      name: `${volunteer.first_name} ${volunteer.last_name}`,
    };
  }
}
