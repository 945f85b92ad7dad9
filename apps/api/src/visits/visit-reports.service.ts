import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type {
  CannotCome,
  LearningRecord,
  SubmitVisitReport,
  Visit,
  VisitReportResult,
} from '@passerelle/contracts';
import type { AuthUser } from '../common/auth-user';
import { ForbiddenError } from '../common/domain-error';
import { isUniqueViolation } from '../common/pg-errors';
import { DevicesService } from '../devices/devices.service';
import { LearningService } from '../learning/learning.service';
import { NotificationsService } from '../notifications/notifications.service';
import { AppConfig } from '../config/app-config';
import { cannotComeText } from '../notifications/visit-reminder-text';
import type { PersonSummary } from '../people/people.service';
import {
  VisitAlreadyReportedError,
  VisitNotPlannedError,
  VisitNotReportedError,
  VisitNotStartedError,
} from './visits.errors';
import { toVisitReport, VISIT_REPORT_SELECT, type VisitReportRow } from './visits.mapper';
import { VisitsService } from './visits.service';

/**
 * Reports from the volunteer's phone and "je ne peux pas venir". A report, the visit's new status and
 * the skills observed (learning records for the senior, stamped with the visit, the volunteer and the
 * senior's tablet) are stored in one transaction; resending the same report is harmless (ADR 0013).
 */
@Injectable()
export class VisitReportsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly visits: VisitsService,
    private readonly devices: DevicesService,
    private readonly learning: LearningService,
    private readonly notifications: NotificationsService,
    private readonly config: AppConfig,
  ) {}

  /** Files the report of a visit: `created` is false when the same report was already stored. */
  async submit(
    user: AuthUser,
    visitId: string,
    input: SubmitVisitReport,
    now = new Date(),
  ): Promise<{ result: VisitReportResult; created: boolean }> {
    const visit = await this.visits.get(user, visitId); // another volunteer's visit → 404
    if (user.role !== 'volunteer' && user.role !== 'coordinator') throw new ForbiddenError();
    const hash = reportHash(input);
    const existing = await this.storedHash(this.db.manager, visitId);
    if (existing !== null) return this.replay(user, visitId, existing, hash);
    if (visit.status !== 'planned') throw new VisitNotPlannedError();
    if (Date.parse(visit.startsAt) > now.getTime()) throw new VisitNotStartedError();

    const senior = await this.senior(visit);
    // Observed at the visit, by its volunteer: the visit id comes from the URL, never from the body.
    const records: LearningRecord[] = input.observations.map((o) => ({
      id: o.recordId,
      actorId: senior.id,
      verb: 'observed',
      object: { courseId: o.courseId, stepKey: o.stepKey },
      result: { response: o.observation },
      context: { visitId },
      timestamp: visit.startsAt,
    }));
    // Reading the courses must happen before the transaction opens (one connection at a time on PGlite).
    const prepared = await this.learning.prepareObservations(user, senior, records);

    let replayOf: string | null = null;
    try {
      replayOf = await this.db.transaction(async (tx) => {
        const [locked]: Array<{ status: string }> = await tx.query(
          `SELECT status FROM visits WHERE id = $1 FOR UPDATE`,
          [visitId],
        );
        const raced = await this.storedHash(tx, visitId);
        if (raced !== null) return raced;
        if (locked?.status !== 'planned') throw new VisitNotPlannedError();
        const deviceId = await this.devices.currentTabletOf(tx, senior.id);
        await tx.query(
          `INSERT INTO visit_reports
             (visit_id, centre_id, volunteer_id, client_report_id, content_hash, outcome, actual_minutes,
              lessons, notes, place_type, autonomy_level, equipment_used, themes, device_id, submitted_by_id,
              submitted_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)`,
          [
            visitId,
            visit.centreId,
            visit.volunteer.id,
            input.clientReportId,
            hash,
            input.outcome,
            input.actualMinutes,
            JSON.stringify(input.lessons),
            input.notes ?? null,
            input.placeType,
            input.autonomyLevel,
            input.equipmentUsed,
            input.themes,
            deviceId,
            user.id,
            now.toISOString(),
          ],
        );
        await tx.query(`UPDATE visits SET status = $2, outcome = $3, updated_at = now() WHERE id = $1`, [
          visitId,
          input.outcome.startsWith('cancelled_') ? 'cancelled' : 'done',
          input.outcome,
        ]);
        await this.learning.storeObservations(tx, prepared, {
          sentById: user.id,
          instructorId: visit.volunteer.id,
          deviceId,
        });
        return null;
      });
    } catch (error) {
      // The same phone report id already filed for another visit.
      if (isUniqueViolation(error, 'one_report_per_client_report_id')) throw new VisitAlreadyReportedError();
      if (!isUniqueViolation(error, 'visit_reports_pkey')) throw error;
      replayOf = await this.storedHash(this.db.manager, visitId);
    }
    if (replayOf !== null) return this.replay(user, visitId, replayOf, hash);
    return { result: await this.result(user, visitId), created: true };
  }

  /** The report of a visit, for its volunteer or the coordination; 404 while there is none. */
  async get(user: AuthUser, visitId: string): Promise<VisitReportResult> {
    await this.visits.get(user, visitId);
    return this.result(user, visitId);
  }

  /** "Je ne peux pas venir": the volunteer calls the visit off and each coordinator of the centre is alerted. */
  async cannotCome(user: AuthUser, visitId: string, input: CannotCome): Promise<Visit> {
    if (user.role !== 'volunteer') throw new ForbiddenError();
    const visit = await this.visits.get(user, visitId); // only their own visits
    await this.db.transaction(async (tx) => {
      const cancelled: Array<{ id: string }> = await tx.query(
        `WITH cancelled AS (
           UPDATE visits SET status = 'cancelled', outcome = 'cancelled_by_volunteer', cancelled_reason = $2,
                  updated_at = now()
            WHERE id = $1 AND status = 'planned' RETURNING id)
         SELECT id FROM cancelled`,
        [visitId, input.reason],
      );
      if (cancelled.length === 0) throw new VisitNotPlannedError();
      const coordinators: Array<{ id: string; first_name: string }> = await tx.query(
        `SELECT id, first_name FROM people WHERE centre_id = $1 AND role = 'coordinator' AND active ORDER BY id`,
        [visit.centreId],
      );
      for (const coordinator of coordinators) {
        await this.notifications.enqueue(tx, {
          centreId: visit.centreId,
          recipientId: coordinator.id,
          kind: 'visit_cannot_come',
          dedupeKey: `visit_cannot_come:${visitId}:${coordinator.id}`,
          ...cannotComeText(
            {
              recipientFirstName: coordinator.first_name,
              volunteerName: `${visit.volunteer.firstName} ${visit.volunteer.lastName}`,
              seniorName: `${visit.senior.firstName} ${visit.senior.lastName}`,
              startsAt: visit.startsAt,
              reason: input.reason,
            },
            this.config.publicUrl,
          ),
        });
      }
    });
    return this.visits.get(user, visitId);
  }

  private async replay(
    user: AuthUser,
    visitId: string,
    storedHash: string,
    hash: string,
  ): Promise<{ result: VisitReportResult; created: boolean }> {
    if (storedHash !== hash) throw new VisitAlreadyReportedError();
    return { result: await this.result(user, visitId), created: false };
  }

  private async result(user: AuthUser, visitId: string): Promise<VisitReportResult> {
    const [row]: VisitReportRow[] = await this.db.query(`${VISIT_REPORT_SELECT} WHERE r.visit_id = $1`, [
      visitId,
    ]);
    if (!row) throw new VisitNotReportedError();
    return { visit: await this.visits.get(user, visitId), report: toVisitReport(row) };
  }

  private async storedHash(manager: EntityManager, visitId: string): Promise<string | null> {
    const [row]: Array<{ content_hash: string }> = await manager.query(
      `SELECT content_hash FROM visit_reports WHERE visit_id = $1`,
      [visitId],
    );
    return row?.content_hash ?? null;
  }

  private async senior(visit: Visit): Promise<PersonSummary> {
    const [row]: Array<{ centre_name: string; active: boolean }> = await this.db.query(
      `SELECT c.name AS centre_name, p.active FROM people p JOIN centres c ON c.id = p.centre_id WHERE p.id = $1`,
      [visit.senior.id],
    );
    return {
      id: visit.senior.id,
      role: 'senior',
      centreId: visit.centreId,
      centreName: row?.centre_name ?? null,
      firstName: visit.senior.firstName,
      lastName: visit.senior.lastName,
      active: row?.active ?? false,
    };
  }
}

/** What makes two sends "the same report": every field as the phone sent it, in a fixed order. */
function reportHash(input: SubmitVisitReport): string {
  const canonical = JSON.stringify([
    input.clientReportId,
    input.outcome,
    input.actualMinutes,
    input.lessons.map((l) => [l.courseId, l.lessonKey]),
    input.notes ?? null,
    input.placeType,
    input.autonomyLevel,
    [...input.equipmentUsed].sort(),
    [...input.themes].sort(),
    input.observations.map((o) => [o.recordId, o.courseId, o.stepKey, o.observation]),
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}
