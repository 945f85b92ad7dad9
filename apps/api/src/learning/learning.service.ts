import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type {
  CourseProgress,
  EnrolRequest,
  EnrolResult,
  LearnerProgressListSchema,
  LearningBatchResponse,
  LearningRecord,
  LearningRecordOutcome,
  MyCourse,
  Observation,
  QuizFeedback,
  Step,
} from '@passerelle/contracts';
import type { z } from 'zod';
import type { AuthUser } from '../common/auth-user';
import { DomainError, ForbiddenError, NotFoundError } from '../common/domain-error';
import { CoursesService, type PublishedVersion } from '../courses/courses.service';
import { PeopleService, type PersonSummary } from '../people/people.service';
import { canonicalJson, sha256 } from './canonical-json';
import { CertificatesService } from './certificates.service';
import { CohortsService } from '../cohorts/cohorts.service';
import {
  deriveProgress,
  findStep,
  gradeQuiz,
  nextStepState,
  type QuizResponse,
  type StepEvent,
} from './completion-rules';
import { CertificateEntity, EnrolmentEntity, StepStateEntity } from './learning.entities';
import {
  NotForThisAudienceError,
  RecordConflictError,
  UnknownStepError,
  VerbNotForStepError,
} from './learning.errors';

/** Which verbs each step type accepts. `experienced` is accepted everywhere (the step was shown). */
const VERBS_BY_STEP: Record<Step['type'], ReadonlyArray<LearningRecord['verb']>> = {
  text: ['experienced'],
  image: ['experienced'],
  video: ['experienced'],
  quiz: ['experienced', 'answered'],
  practice: ['experienced', 'completed', 'asked-help'],
  observation: ['experienced', 'observed'],
};

interface Prepared {
  index: number;
  record: LearningRecord;
  hash: string;
  actor: PersonSummary;
  published: PublishedVersion;
  step: Step;
  event: StepEvent;
  quiz?: QuizFeedback;
}

/** Who stands behind a stored record: the sender, the instructor (observations), the tablet. */
interface RecordStamp {
  sentById: string;
  instructorId: string | null;
  deviceId: string | null;
}

/** Observations of a visit report, checked before the report's transaction opens. */
export interface PreparedObservations {
  readonly items: ReadonlyArray<Prepared>;
}

@Injectable()
export class LearningService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly courses: CoursesService,
    private readonly people: PeopleService,
    private readonly certificates: CertificatesService,
    private readonly cohorts: CohortsService,
  ) {}

  /**
   * Stores a batch of learning records and updates progress in the same transaction.
   * Idempotent per record: the same id with the same content is accepted again without a duplicate;
   * the same id with other content gets 409 for that record only, and the others are still stored.
   */
  async ingest(user: AuthUser, records: LearningRecord[]): Promise<LearningBatchResponse> {
    const results: LearningRecordOutcome[] = new Array(records.length);
    const known = await this.storedHashes(records.map((r) => r.id));
    const prepared: Prepared[] = [];
    const actors = new Map<string, Promise<PersonSummary>>();
    const versions = new Map<string, Promise<PublishedVersion>>();

    for (const [index, record] of records.entries()) {
      const actorId = record.actorId ?? user.id;
      const hash = recordHash(record, actorId);
      const prior = known.get(record.id);
      if (prior !== undefined) {
        results[index] =
          prior === hash ? { id: record.id, status: 200, code: 'duplicate' } : conflict(record.id);
        continue;
      }
      try {
        if (!actors.has(actorId)) actors.set(actorId, this.resolveActor(user, actorId));
        const actor = await actors.get(actorId)!;
        const versionKey = `${record.object.courseId}|${actor.role}`;
        if (!versions.has(versionKey)) {
          versions.set(
            versionKey,
            this.courses.publishedVersion(user, record.object.courseId, undefined, actor.role),
          );
        }
        const published = await versions.get(versionKey)!;
        const step = findStep(published.version.content, record.object.stepKey);
        if (!step) throw new UnknownStepError();
        prepared.push({
          index,
          record,
          hash,
          actor,
          published,
          step,
          ...(await this.toEvent(user, actor, record, step)),
        });
        known.set(record.id, hash); // a repeat later in this batch is a replay of this one
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        results[index] = { id: record.id, status: error.status, code: error.code, message: error.message };
      }
    }

    const touched = new Map<string, { actor: PersonSummary; published: PublishedVersion }>();
    await this.db.transaction(async (tx) => {
      // Replaying history in the order it happened makes the derived states independent of send order.
      const ordered = [...prepared].sort(
        (a, b) => Date.parse(a.record.timestamp) - Date.parse(b.record.timestamp),
      );
      for (const item of ordered) {
        const outcome = await this.apply(tx, item, {
          sentById: user.id,
          instructorId: item.actor.id !== user.id ? user.id : null,
          deviceId: user.deviceId, // stamped from the tablet's credential, never taken from the body
        });
        results[item.index] = outcome;
        if (outcome.status === 201) {
          touched.set(`${item.actor.id}|${item.published.course.id}`, {
            actor: item.actor,
            published: item.published,
          });
        }
      }
      for (const { actor, published } of touched.values()) await this.refreshEnrolment(tx, actor, published);
    });

    const progress = await Promise.all(
      [...touched.values()].map(({ actor, published }) => this.progressOf(actor, published)),
    );
    return { results, progress };
  }

  /**
   * Checks the skills a volunteer observed at a senior's home (visit report) before the report's
   * transaction opens: it reads the published courses, which must not happen inside that transaction.
   * The caller has already checked that the sender may report for this senior (the visit is theirs).
   */
  async prepareObservations(
    user: AuthUser,
    senior: PersonSummary,
    records: LearningRecord[],
  ): Promise<PreparedObservations> {
    const versions = new Map<string, Promise<PublishedVersion>>();
    const items: Prepared[] = [];
    for (const [index, record] of records.entries()) {
      const courseId = record.object.courseId;
      if (!versions.has(courseId)) {
        versions.set(courseId, this.courses.publishedVersion(user, courseId, undefined, senior.role));
      }
      const published = await versions.get(courseId)!;
      const step = findStep(published.version.content, record.object.stepKey);
      if (!step) throw new UnknownStepError();
      if (!VERBS_BY_STEP[step.type].includes('observed'))
        throw new VerbNotForStepError('observed', step.type);
      items.push({
        index,
        record,
        hash: recordHash(record, senior.id),
        actor: senior,
        published,
        step,
        event: { verb: 'observed', observation: record.result!.response as Observation },
      });
    }
    return { items };
  }

  /**
   * Stores prepared observations in the caller's transaction with the stamp the caller decided
   * (the visit's volunteer as instructor, the senior's tablet) and updates the senior's progress.
   * A record id already used for other content refuses the whole batch (409).
   */
  async storeObservations(
    tx: EntityManager,
    prepared: PreparedObservations,
    stamp: RecordStamp,
  ): Promise<void> {
    const touched = new Map<string, { actor: PersonSummary; published: PublishedVersion }>();
    for (const item of prepared.items) {
      const outcome = await this.apply(tx, item, stamp);
      if (outcome.status === 409) throw new RecordConflictError();
      if (outcome.status === 201) {
        touched.set(item.published.course.id, { actor: item.actor, published: item.published });
      }
    }
    for (const { actor, published } of touched.values()) await this.refreshEnrolment(tx, actor, published);
  }

  /** The signed-in learner's progress in one course. */
  async myProgress(user: AuthUser, courseId: string): Promise<CourseProgress> {
    const actor = await this.people.visiblePerson(user, user.id);
    const published = await this.courses.publishedVersion(user, courseId, undefined, actor.role);
    return this.progressOf(actor, published);
  }

  async myCourses(user: AuthUser): Promise<MyCourse[]> {
    const enrolments = await this.db
      .getRepository(EnrolmentEntity)
      .find({ where: { personId: user.id }, order: { updatedAt: 'DESC' } });
    const summaries = new Map(
      (await this.courses.summaries(enrolments.map((e) => e.courseId))).map((s) => [s.id, s]),
    );
    const certificates = await this.certificatesByCourse(user.id);
    return enrolments.flatMap((e) => {
      const course = summaries.get(e.courseId);
      if (!course || course.publishedVersion === null) return [];
      return [
        {
          course,
          status: e.status,
          percent: e.percent,
          resumeStepKey: e.resumeStepKey,
          completedAt: e.completedAt?.toISOString() ?? null,
          certificateCode: certificates.get(e.courseId) ?? null,
        },
      ];
    });
  }

  /** Volunteers (and staff) enrol themselves in a course meant for them. Enrolling twice changes nothing. */
  async selfEnrol(user: AuthUser, courseId: string): Promise<MyCourse> {
    const actor = await this.people.visiblePerson(user, user.id);
    if (!actor.centreId) throw new ForbiddenError('Les formations se suivent depuis un centre.');
    if (actor.role === 'senior')
      throw new ForbiddenError('Votre bénévole ou votre centre vous inscrit aux leçons.');
    const published = await this.courses.publishedVersion(user, courseId, undefined, actor.role);
    await this.enrol(this.db.manager, actor, published, 'self', user.id);
    const mine = await this.myCourses(user);
    return mine.find((m) => m.course.id === courseId)!;
  }

  /** Coordinators assign a course to people of their centre. */
  async assign(user: AuthUser, courseId: string, request: EnrolRequest): Promise<EnrolResult> {
    if (user.role !== 'coordinator' && user.role !== 'federation_admin') throw new ForbiddenError();
    const fromCohort = request.cohortId ? await this.cohorts.memberIds(user, request.cohortId) : [];
    // Check everyone first (one course lookup per role, not per person), then enrol all or none.
    const versionByRole = new Map<string, Promise<PublishedVersion>>();
    const toEnrol: Array<{ person: PersonSummary; published: PublishedVersion }> = [];
    for (const personId of new Set([...request.personIds, ...fromCohort])) {
      const person = await this.people.visiblePerson(user, personId);
      if (!versionByRole.has(person.role)) {
        versionByRole.set(
          person.role,
          this.courses.publishedVersion(user, courseId, undefined, person.role).catch((e: unknown) => {
            throw e instanceof NotFoundError ? new NotForThisAudienceError() : e;
          }),
        );
      }
      toEnrol.push({ person, published: await versionByRole.get(person.role)! });
    }
    let enrolled = 0;
    await this.db.transaction(async (tx) => {
      for (const { person, published } of toEnrol) {
        if (await this.enrol(tx, person, published, 'assigned', user.id)) enrolled++;
      }
    });
    const alreadyEnrolled = toEnrol.length - enrolled;
    return { enrolled, alreadyEnrolled };
  }

  /** Completion of one course per learner of the coordinator's centre (all centres for a federation admin). */
  async learners(user: AuthUser, courseId: string): Promise<z.infer<typeof LearnerProgressListSchema>> {
    if (user.role !== 'coordinator' && user.role !== 'federation_admin') throw new ForbiddenError();
    await this.courses.publishedVersion(user, courseId, undefined, 'coordinator');
    const rows: Array<{
      id: string;
      first_name: string;
      last_name: string;
      role: string;
      status: 'not_started' | 'in_progress' | 'completed';
      percent: number;
      completed_at: Date | null;
      created_at: Date;
    }> = await this.db.query(
      `SELECT p.id, p.first_name, p.last_name, p.role, e.status, e.percent, e.completed_at, e.created_at
         FROM enrolments e JOIN people p ON p.id = e.person_id JOIN centres c ON c.id = e.centre_id
        WHERE e.course_id = $1 AND ${user.role === 'coordinator' ? 'e.centre_id = $2' : 'c.federation_id = $2'}
        ORDER BY p.last_name, p.first_name`,
      [courseId, user.role === 'coordinator' ? user.centreId : user.federationId],
    );
    return rows.map((r) => ({
      person: { id: r.id, firstName: r.first_name, lastName: r.last_name, role: r.role },
      status: r.status,
      percent: r.percent,
      completedAt: r.completed_at ? new Date(r.completed_at).toISOString() : null,
      enrolledAt: new Date(r.created_at).toISOString(),
    }));
  }

  private async storedHashes(ids: string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows: Array<{ id: string; content_hash: string }> = await this.db.query(
      `SELECT id, content_hash FROM learning_records WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    return new Map(rows.map((r) => [r.id, r.content_hash]));
  }

  /** Learners record for themselves; a volunteer may record observations for the seniors they coach. */
  private async resolveActor(user: AuthUser, actorId: string): Promise<PersonSummary> {
    if (actorId === user.id) {
      const me = await this.people.visiblePerson(user, user.id);
      if (!me.centreId) throw new ForbiddenError('Les formations se suivent depuis un centre.');
      return me;
    }
    if (user.role !== 'volunteer' && user.role !== 'coordinator') throw new ForbiddenError();
    return this.people.visiblePerson(user, actorId, 'senior');
  }

  /**
   * A record may name the home visit it was observed in: a visit of this learner, and, for a
   * volunteer, one of their own. Anything else is "not found" for that record.
   */
  private async assertVisitOf(user: AuthUser, actor: PersonSummary, visitId: string): Promise<void> {
    const [visit]: Array<{ volunteer_id: string }> = await this.db.query(
      `SELECT volunteer_id FROM visits WHERE id = $1 AND senior_id = $2 AND centre_id = $3`,
      [visitId, actor.id, actor.centreId],
    );
    if (!visit || (user.role === 'volunteer' && visit.volunteer_id !== user.id)) {
      throw new NotFoundError('Visite');
    }
  }

  private async toEvent(
    user: AuthUser,
    actor: PersonSummary,
    record: LearningRecord,
    step: Step,
  ): Promise<{ event: StepEvent; quiz?: QuizFeedback }> {
    if (!VERBS_BY_STEP[step.type].includes(record.verb))
      throw new VerbNotForStepError(record.verb, step.type);
    if (record.context?.visitId) await this.assertVisitOf(user, actor, record.context.visitId);
    const forSomeoneElse = actor.id !== user.id;
    if (record.verb === 'observed') {
      // Observations are made at home by the senior's volunteer (or a coordinator), never by the learner.
      if (!forSomeoneElse)
        throw new ForbiddenError('Une observation est faite par un bénévole ou un coordinateur.');
      if (user.role === 'volunteer' && !(await this.people.coaches(user.id, actor.id)))
        throw new NotFoundError('Senior');
      return { event: { verb: 'observed', observation: record.result!.response as Observation } };
    }
    if (forSomeoneElse) throw new ForbiddenError('Seule la personne elle-même suit ses leçons.');
    if (record.verb === 'answered' && step.type === 'quiz') {
      const quiz = gradeQuiz(step, record.result!.response as QuizResponse);
      return { event: { verb: 'answered', feedback: quiz }, quiz };
    }
    return { event: { verb: record.verb } as StepEvent };
  }

  private async apply(tx: EntityManager, item: Prepared, stamp: RecordStamp): Promise<LearningRecordOutcome> {
    const { record, actor, published, step, event, quiz } = item;
    const inserted: Array<{ id: string }> = await tx.query(
      `INSERT INTO learning_records
         (id, centre_id, person_id, course_id, course_version, step_key, verb, result, context,
          device_id, loan_id, visit_id, instructor_id, sent_by_id, occurred_at, content_hash)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::uuid,
               -- the loan under which the tablet is in this learner's hands, found server-side too
               (SELECT l.id FROM loans l WHERE l.device_id = $10::uuid AND l.person_id = $3 AND l.returned_at IS NULL LIMIT 1),
               $11, $12, $13, $14, $15)
       ON CONFLICT (id) DO NOTHING RETURNING id`,
      [
        record.id,
        actor.centreId,
        actor.id,
        published.course.id,
        published.version.version,
        step.key,
        record.verb,
        record.result
          ? JSON.stringify({ ...record.result, ...(quiz ? { score: quiz.score, success: quiz.passed } : {}) })
          : null,
        JSON.stringify({
          ...(record.context ?? {}),
          ...(stamp.instructorId ? { instructorId: stamp.instructorId } : {}),
        }),
        stamp.deviceId,
        record.context?.visitId ?? null,
        stamp.instructorId,
        stamp.sentById,
        record.timestamp,
        item.hash,
      ],
    );
    if (inserted.length === 0) {
      // A concurrent request stored the same id first: same answer as a replay.
      const [row] = await tx.query(`SELECT content_hash FROM learning_records WHERE id = $1`, [record.id]);
      return row?.content_hash === item.hash
        ? { id: record.id, status: 200, code: 'duplicate' }
        : conflict(record.id);
    }
    const repo = tx.getRepository(StepStateEntity);
    const previous = await repo.findOneBy({
      personId: actor.id,
      courseId: published.course.id,
      stepKey: step.key,
    });
    const next = nextStepState(step, previous, event);
    if (next) {
      await repo.save({
        personId: actor.id,
        courseId: published.course.id,
        stepKey: step.key,
        centreId: actor.centreId!,
        ...next,
      });
    }
    return { id: record.id, status: 201, ...(quiz ? { quiz } : {}) };
  }

  /** Recomputes the enrolment from step states; completion issues the attestation in the same transaction. */
  private async refreshEnrolment(
    tx: EntityManager,
    actor: PersonSummary,
    published: PublishedVersion,
  ): Promise<void> {
    await this.enrol(tx, actor, published, 'self', null);
    const states = await tx
      .getRepository(StepStateEntity)
      .findBy({ personId: actor.id, courseId: published.course.id });
    const derived = deriveProgress(published.version.content, new Map(states.map((s) => [s.stepKey, s])));
    const repo = tx.getRepository(EnrolmentEntity);
    const enrolment = await repo.findOneByOrFail({ personId: actor.id, courseId: published.course.id });
    const completedNow = derived.status === 'completed' && enrolment.status !== 'completed';
    // Completion is never taken back: a later version adding lessons does not revoke an attestation.
    const status = enrolment.status === 'completed' ? 'completed' : derived.status;
    await repo.update(
      { id: enrolment.id },
      {
        status,
        percent: status === 'completed' ? 100 : derived.percent,
        resumeStepKey: derived.resumeStepKey,
        completedAt: enrolment.completedAt ?? (completedNow ? new Date() : null),
      },
    );
    if (completedNow) {
      const v = published.version;
      await this.certificates.issue(tx, {
        centreId: actor.centreId!,
        personId: actor.id,
        courseId: published.course.id,
        courseVersion: v.version,
        learnerName: `${actor.firstName} ${actor.lastName}`,
        courseTitle: v.title,
        centreName: actor.centreName ?? '',
        durationMinutes: v.estimatedMinutes,
        competences: await this.courses.competences(v.competenceCodes, tx),
      });
    }
  }

  /** Creates the enrolment if missing; returns whether it did. */
  private async enrol(
    manager: EntityManager,
    person: PersonSummary,
    published: PublishedVersion,
    source: 'assigned' | 'self',
    byId: string | null,
  ): Promise<boolean> {
    if (!person.centreId) throw new ForbiddenError('Les formations se suivent depuis un centre.');
    const rows: unknown[] = await manager.query(
      `INSERT INTO enrolments (centre_id, person_id, course_id, source, enrolled_by_id)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (person_id, course_id) DO NOTHING RETURNING id`,
      [person.centreId, person.id, published.course.id, source, byId],
    );
    return rows.length > 0;
  }

  private async progressOf(actor: PersonSummary, published: PublishedVersion): Promise<CourseProgress> {
    const [states, enrolment, certificate] = await Promise.all([
      this.db.getRepository(StepStateEntity).findBy({ personId: actor.id, courseId: published.course.id }),
      this.db.getRepository(EnrolmentEntity).findOneBy({ personId: actor.id, courseId: published.course.id }),
      this.db
        .getRepository(CertificateEntity)
        .findOneBy({ personId: actor.id, courseId: published.course.id }),
    ]);
    const derived = deriveProgress(published.version.content, new Map(states.map((s) => [s.stepKey, s])));
    const completed = enrolment?.status === 'completed';
    return {
      courseId: published.course.id,
      personId: actor.id,
      status: completed ? 'completed' : derived.status,
      percent: completed ? 100 : derived.percent,
      resumeStepKey: derived.resumeStepKey,
      completedAt: enrolment?.completedAt?.toISOString() ?? null,
      certificateCode: certificate?.code ?? null,
      lessons: derived.lessons,
    };
  }

  private async certificatesByCourse(personId: string): Promise<Map<string, string>> {
    const rows = await this.db.getRepository(CertificateEntity).findBy({ personId });
    return new Map(rows.filter((r) => !r.revokedAt).map((r) => [r.courseId, r.code]));
  }
}

function recordHash(record: LearningRecord, actorId: string): string {
  return sha256(
    canonicalJson({
      actorId,
      verb: record.verb,
      object: record.object,
      result: record.result ?? null,
      context: record.context ?? null,
      timestamp: new Date(record.timestamp).toISOString(),
    }),
  );
}

function conflict(id: string): LearningRecordOutcome {
  const error = new RecordConflictError();
  return { id, status: error.status, code: error.code, message: error.message };
}
