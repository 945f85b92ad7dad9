import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { RequiredTrainings, UpdateRequiredTrainings } from '@passerelle/contracts';
import type { AuthUser } from '../common/auth-user';
import { InvalidFieldError } from '../common/domain-error';
import { managedCentre } from './volunteer-scope';

/**
 * The trainings a centre requires before home visits: the ones it chose, or, while it chose none,
 * the federation's published trainings marked "required for visits".
 */
@Injectable()
export class RequiredTrainingsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async forCentre(manager: EntityManager, centreId: string): Promise<RequiredTrainings> {
    const rows: Array<{ course_id: string; title: string; chosen: boolean }> = await manager.query(
      `WITH chosen AS (SELECT course_id FROM centre_required_trainings WHERE centre_id = $1)
       SELECT c.id AS course_id, v.title, EXISTS (SELECT 1 FROM chosen) AS chosen
         FROM centres ce
         JOIN courses c ON c.federation_id = ce.federation_id AND (c.centre_id IS NULL OR c.centre_id = ce.id)
         JOIN course_versions v ON v.course_id = c.id AND v.status = 'published'
        WHERE ce.id = $1 AND c.archived_at IS NULL
          AND CASE WHEN EXISTS (SELECT 1 FROM chosen) THEN c.id IN (SELECT course_id FROM chosen)
                   ELSE v.required_for_visits END
        ORDER BY v.title, c.id`,
      [centreId],
    );
    const [chosen]: Array<{ n: number }> = await manager.query(
      `SELECT count(*)::int AS n FROM centre_required_trainings WHERE centre_id = $1`,
      [centreId],
    );
    return {
      centreId,
      source: (chosen?.n ?? 0) > 0 ? 'centre' : 'default',
      trainings: rows.map((r) => ({ courseId: r.course_id, title: r.title })),
    };
  }

  async get(user: AuthUser, centreId: string): Promise<RequiredTrainings> {
    await managedCentre(this.db.manager, user, centreId);
    return this.forCentre(this.db.manager, centreId);
  }

  /** Replaces the centre's list; an empty list returns to the federation's default. */
  async replace(
    user: AuthUser,
    centreId: string,
    input: UpdateRequiredTrainings,
  ): Promise<RequiredTrainings> {
    await managedCentre(this.db.manager, user, centreId);
    const courseIds = [...new Set(input.courseIds)];
    const usable: Array<{ id: string }> = await this.db.query(
      `SELECT c.id FROM courses c
         JOIN centres ce ON ce.id = $1 AND ce.federation_id = c.federation_id
         JOIN course_versions v ON v.course_id = c.id AND v.status = 'published'
        WHERE c.id = ANY($2::uuid[]) AND c.archived_at IS NULL
          AND (c.centre_id IS NULL OR c.centre_id = ce.id)
          AND v.audience IN ('volunteer', 'both')`,
      [centreId, courseIds],
    );
    const unusable = input.courseIds.findIndex((id) => !usable.some((u) => u.id === id));
    if (unusable >= 0)
      throw new InvalidFieldError(
        `courseIds.${unusable}`,
        'Choisissez une formation publiée pour les bénévoles de la fédération.',
      );
    return this.db.transaction(async (tx) => {
      await tx.query(`DELETE FROM centre_required_trainings WHERE centre_id = $1`, [centreId]);
      await tx.query(
        `INSERT INTO centre_required_trainings (centre_id, course_id) SELECT $1, unnest($2::uuid[])`,
        [centreId, courseIds],
      );
      return this.forCentre(tx, centreId);
    });
  }
}
