import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import type {
  Audience,
  CatalogueQuery,
  Competence,
  CourseContent,
  CourseDraft,
  CourseSummary,
  Paginated,
  PublishedCourse,
  Role,
} from '@passerelle/contracts';
import type { AuthUser } from '../common/auth-user';
import { ForbiddenError, NotFoundError } from '../common/domain-error';
import { MediaEntity } from '../media/media.entity';
import { escapeLike, foldForSearch } from '../people/search-text';
import { toLearnerContent } from '../learning/completion-rules';
import { CompetenceEntity, CourseEntity, CourseVersionEntity } from './course.entities';
import { NoDraftError, UnknownCompetenceError, UnknownMediaError } from './courses.errors';

/** Audiences each role may learn from. */
const LEARNER_AUDIENCES: Record<Role, Audience[]> = {
  senior: ['senior', 'both'],
  volunteer: ['volunteer', 'both'],
  coordinator: ['senior', 'volunteer', 'both'],
  federation_admin: ['senior', 'volunteer', 'both'],
};

/** SQL twin of foldForSearch for French text: lower case, accents off (no unaccent extension needed). */
const FOLD = (column: string) =>
  `translate(lower(${column}), 'àâäáãéèêëíîïìóôöòõúûüùçñ', 'aaaaaeeeeiiiiooooouuuucn')`;

export interface PublishedVersion {
  course: CourseEntity;
  version: CourseVersionEntity;
}

@Injectable()
export class CoursesService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Published courses the user may take: the federation library plus their centre's own courses. */
  async catalogue(user: AuthUser, query: CatalogueQuery): Promise<Paginated<CourseSummary>> {
    const audiences = query.audience
      ? LEARNER_AUDIENCES[user.role].filter((a) => a === query.audience || a === 'both')
      : LEARNER_AUDIENCES[user.role];
    const qb = this.db
      .getRepository(CourseVersionEntity)
      .createQueryBuilder('v')
      .innerJoin(CourseEntity, 'c', 'c.id = v.courseId')
      .where("v.status = 'published'")
      .andWhere('c.archivedAt IS NULL')
      .andWhere('c.federationId = :fed', { fed: user.federationId })
      .andWhere('v.audience IN (:...audiences)', { audiences });
    if (user.role !== 'federation_admin') {
      qb.andWhere('(c.centreId IS NULL OR c.centreId = :centre)', { centre: user.centreId });
    }
    if (query.q) {
      const q = `%${escapeLike(foldForSearch(query.q))}%`;
      qb.andWhere(`(${FOLD('v.title')} LIKE :q ESCAPE '\\' OR ${FOLD('v.summary')} LIKE :q ESCAPE '\\')`, {
        q,
      });
    }
    const [versions, total] = await qb
      .orderBy('v.audience', 'ASC')
      .addOrderBy('v.title', 'ASC')
      .offset((query.page - 1) * query.pageSize)
      .limit(query.pageSize)
      .getManyAndCount();
    return {
      items: await this.summaries(versions.map((v) => v.courseId)),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  /** The published version a learner plays; 404 when the course is not visible or not published. */
  async published(user: AuthUser, courseId: string, forSenior?: string): Promise<PublishedCourse> {
    let learnerRole: Role = user.role;
    if (forSenior && user.role === 'volunteer') {
      // A volunteer reads a senior's course only for a senior they coach (visit preparation, reports).
      const rows: unknown[] = await this.db.query(
        `SELECT 1 FROM coaching_assignments WHERE volunteer_id = $1 AND senior_id = $2 AND ended_at IS NULL`,
        [user.id, forSenior],
      );
      if (rows.length === 0) throw new NotFoundError('Senior');
      learnerRole = 'senior';
    }
    const { version } = await this.publishedVersion(user, courseId, this.db.manager, learnerRole);
    const [summary] = await this.summaries([courseId]);
    return { ...summary!, version: version.version, content: toLearnerContent(version.content) };
  }

  /**
   * The published version of a course visible to the user, for a learner of `learnerRole` (the user
   * themselves, or the senior a volunteer observes). 404 when not visible, not published or not for them.
   */
  async publishedVersion(
    user: AuthUser,
    courseId: string,
    manager: EntityManager = this.db.manager,
    learnerRole: Role = user.role,
  ): Promise<PublishedVersion> {
    const course = await this.visibleCourse(user, courseId, manager);
    const version = await manager
      .getRepository(CourseVersionEntity)
      .findOneBy({ courseId, status: 'published' });
    if (!version || !LEARNER_AUDIENCES[learnerRole].includes(version.audience))
      throw new NotFoundError('Cours');
    return { course, version };
  }

  /** Courses the user may edit, drafts included. */
  async authoringList(user: AuthUser): Promise<CourseSummary[]> {
    this.assertAuthor(user);
    const qb = this.db
      .getRepository(CourseEntity)
      .createQueryBuilder('c')
      .where('c.federationId = :fed', { fed: user.federationId })
      .andWhere('c.archivedAt IS NULL');
    if (user.role === 'coordinator') qb.andWhere('c.centreId = :centre', { centre: user.centreId });
    const courses = await qb.getMany();
    return this.summaries(courses.map((c) => c.id));
  }

  async create(
    user: AuthUser,
    draft: CourseDraft,
    centreId: string | null | undefined,
  ): Promise<CourseSummary> {
    this.assertAuthor(user);
    const ownerCentre = user.role === 'coordinator' ? user.centreId : (centreId ?? null);
    if (user.role === 'coordinator' && centreId && centreId !== user.centreId)
      throw new NotFoundError('Centre');
    await this.validateDraft(user, draft);
    const id = await this.db.transaction(async (tx) => {
      const course = await tx.getRepository(CourseEntity).save({
        federationId: user.federationId,
        centreId: ownerCentre,
        slug: await this.freeSlug(tx, user.federationId, draft.meta.title),
        createdById: user.id,
        archivedAt: null,
      });
      await tx.getRepository(CourseVersionEntity).save(this.versionRow(course, 1, draft, user.id));
      return course.id;
    });
    const [summary] = await this.summaries([id]);
    return summary!;
  }

  /** The draft an author edits; one is opened from the published version when there is none. */
  async draft(user: AuthUser, courseId: string): Promise<CourseDraft & { summary: CourseSummary }> {
    const course = await this.editableCourse(user, courseId);
    const draft = await this.db.transaction(async (tx) => {
      const existing = await tx.getRepository(CourseVersionEntity).findOneBy({ courseId, status: 'draft' });
      if (existing) return existing;
      const published = await tx
        .getRepository(CourseVersionEntity)
        .findOneByOrFail({ courseId, status: 'published' });
      const next = await this.nextVersionNumber(tx, courseId);
      return tx
        .getRepository(CourseVersionEntity)
        .save(this.versionRow(course, next, this.toDraft(published), user.id));
    });
    const [summary] = await this.summaries([courseId]);
    return { ...this.toDraft(draft), summary: summary! };
  }

  async saveDraft(
    user: AuthUser,
    courseId: string,
    input: CourseDraft,
  ): Promise<CourseDraft & { summary: CourseSummary }> {
    const course = await this.editableCourse(user, courseId);
    await this.validateDraft(user, input);
    await this.db.transaction(async (tx) => {
      const repo = tx.getRepository(CourseVersionEntity);
      const existing = await repo.findOneBy({ courseId, status: 'draft' });
      if (existing) {
        await repo.save({ ...existing, ...this.versionFields(input) });
      } else {
        await repo.save(this.versionRow(course, await this.nextVersionNumber(tx, courseId), input, user.id));
      }
    });
    return this.draft(user, courseId);
  }

  /**
   * Publishes the draft. Learners' progress is keyed by stable step keys, so it carries over: steps
   * that remain keep their state, new steps start fresh, removed steps no longer count (ADR 0007).
   */
  async publish(user: AuthUser, courseId: string): Promise<CourseSummary> {
    await this.editableCourse(user, courseId);
    await this.db.transaction(async (tx) => {
      const repo = tx.getRepository(CourseVersionEntity);
      const draft = await repo.findOne({
        where: { courseId, status: 'draft' },
        lock: { mode: 'pessimistic_write' },
      });
      if (!draft) throw new NoDraftError();
      await repo.update({ courseId, status: 'published' }, { status: 'superseded' });
      await repo.update(
        { id: draft.id },
        { status: 'published', publishedAt: new Date(), publishedById: user.id },
      );
    });
    const [summary] = await this.summaries([courseId]);
    return summary!;
  }

  async competences(codes?: string[], manager: EntityManager = this.db.manager): Promise<Competence[]> {
    const rows = await manager
      .getRepository(CompetenceEntity)
      .find({ where: codes ? { code: In(codes) } : {}, order: { code: 'ASC' } });
    return rows.map((r) => ({ code: r.code, area: r.area, title: r.title }));
  }

  /** Summaries of courses, from the published version when there is one, else the draft. */
  async summaries(courseIds: string[]): Promise<CourseSummary[]> {
    if (courseIds.length === 0) return [];
    const [courses, versions, competences] = await Promise.all([
      this.db.getRepository(CourseEntity).findBy({ id: In(courseIds) }),
      this.db
        .getRepository(CourseVersionEntity)
        .find({ where: { courseId: In(courseIds), status: In(['draft', 'published']) } }),
      this.competences(),
    ]);
    const byCode = new Map(competences.map((c) => [c.code, c]));
    const byId = new Map(courses.map((c) => [c.id, c]));
    return courseIds.flatMap((id) => {
      const course = byId.get(id);
      const published = versions.find((v) => v.courseId === id && v.status === 'published');
      const draft = versions.find((v) => v.courseId === id && v.status === 'draft');
      const shown = published ?? draft;
      if (!course || !shown) return [];
      return [
        {
          id,
          slug: course.slug,
          title: shown.title,
          summary: shown.summary,
          audience: shown.audience,
          level: shown.level,
          estimatedMinutes: shown.estimatedMinutes,
          requiredForVisits: shown.requiredForVisits,
          coverUrl: shown.coverMediaId ? `/api/media/${shown.coverMediaId}` : null,
          competences: shown.competenceCodes.flatMap((code) => byCode.get(code) ?? []),
          scope: course.centreId ? ('centre' as const) : ('federation' as const),
          centreId: course.centreId,
          lessonCount: shown.content.modules.reduce((n, m) => n + m.lessons.length, 0),
          publishedVersion: published?.version ?? null,
          publishedAt: published?.publishedAt?.toISOString() ?? null,
          hasDraft: !!draft,
        },
      ];
    });
  }

  private async visibleCourse(
    user: AuthUser,
    courseId: string,
    manager: EntityManager,
  ): Promise<CourseEntity> {
    const course = await manager
      .getRepository(CourseEntity)
      .findOneBy({ id: courseId, federationId: user.federationId });
    if (!course || course.archivedAt) throw new NotFoundError('Cours');
    if (user.role !== 'federation_admin' && course.centreId !== null && course.centreId !== user.centreId) {
      throw new NotFoundError('Cours');
    }
    return course;
  }

  /** Coordinators edit their centre's courses; federation admins every course of the federation. */
  private async editableCourse(user: AuthUser, courseId: string): Promise<CourseEntity> {
    this.assertAuthor(user);
    const course = await this.visibleCourse(user, courseId, this.db.manager);
    if (user.role === 'coordinator' && course.centreId !== user.centreId)
      throw new ForbiddenError('Ce cours appartient à la bibliothèque de la fédération.');
    return course;
  }

  private assertAuthor(user: AuthUser): void {
    if (user.role !== 'coordinator' && user.role !== 'federation_admin') throw new ForbiddenError();
  }

  /** Media referenced by the content must exist and belong to the author's federation. */
  private async validateDraft(user: AuthUser, draft: CourseDraft): Promise<void> {
    const known = new Set((await this.competences()).map((c) => c.code));
    for (const code of draft.meta.competenceCodes)
      if (!known.has(code)) throw new UnknownCompetenceError(code);
    const cover = draft.meta.coverMediaId ? [draft.meta.coverMediaId] : [];
    const mediaIds = [...cover, ...mediaIdsOf(draft.content)];
    if (mediaIds.length === 0) return;
    const found = await this.db
      .getRepository(MediaEntity)
      .findBy({ id: In(mediaIds), federationId: user.federationId });
    const foundIds = new Set(found.map((m) => m.id));
    if (cover[0] && found.find((m) => m.id === cover[0])?.kind !== 'image') {
      throw new UnknownMediaError('meta.coverMediaId');
    }
    const missing = mediaIds.find((id) => !foundIds.has(id));
    if (missing) throw new UnknownMediaError('content');
  }

  private versionRow(
    course: CourseEntity,
    version: number,
    draft: CourseDraft,
    authorId: string,
  ): Partial<CourseVersionEntity> {
    return {
      courseId: course.id,
      centreId: course.centreId,
      version,
      status: 'draft',
      ...this.versionFields(draft),
      createdById: authorId,
      publishedAt: null,
      publishedById: null,
    };
  }

  private versionFields(draft: CourseDraft): Partial<CourseVersionEntity> {
    return {
      title: draft.meta.title,
      summary: draft.meta.summary,
      audience: draft.meta.audience,
      level: draft.meta.level,
      estimatedMinutes: draft.meta.estimatedMinutes,
      competenceCodes: draft.meta.competenceCodes,
      requiredForVisits: draft.meta.requiredForVisits,
      coverMediaId: draft.meta.coverMediaId ?? null,
      content: draft.content,
    };
  }

  private toDraft(version: CourseVersionEntity): CourseDraft {
    return {
      meta: {
        title: version.title,
        summary: version.summary,
        audience: version.audience,
        level: version.level,
        estimatedMinutes: version.estimatedMinutes,
        competenceCodes: version.competenceCodes,
        requiredForVisits: version.requiredForVisits,
        coverMediaId: version.coverMediaId,
      },
      content: version.content,
    };
  }

  private async nextVersionNumber(tx: EntityManager, courseId: string): Promise<number> {
    const [row] = await tx.query(
      `SELECT coalesce(max(version), 0) + 1 AS next FROM course_versions WHERE course_id = $1`,
      [courseId],
    );
    return Number(row.next);
  }

  private async freeSlug(tx: EntityManager, federationId: string, title: string): Promise<string> {
    const base =
      foldForSearch(title)
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .slice(0, 60) || 'cours';
    for (let n = 1; ; n++) {
      const slug = n === 1 ? base : `${base}-${n}`;
      if (!(await tx.getRepository(CourseEntity).existsBy({ federationId, slug }))) return slug;
    }
  }
}

export function mediaIdsOf(content: CourseContent): string[] {
  return content.modules.flatMap((m) =>
    m.lessons.flatMap((l) =>
      l.steps.flatMap((s) =>
        s.type === 'image' ? [s.mediaId] : s.type === 'video' ? [s.mediaId, s.captionsMediaId] : [],
      ),
    ),
  );
}
