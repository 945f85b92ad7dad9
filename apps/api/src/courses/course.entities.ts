import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { Audience, CourseContent, CourseLevel } from '@passerelle/contracts';

@Entity('competences')
export class CompetenceEntity {
  @PrimaryColumn({ type: 'text' })
  code: string;

  @Column({ type: 'text' })
  area: string;

  @Column({ type: 'text' })
  title: string;
}

/** A course's identity and ownership; its text lives in versions. centre_id NULL = federation library. */
@Entity('courses')
export class CourseEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'federation_id', type: 'uuid' })
  federationId: string;

  @Column({ name: 'centre_id', type: 'uuid', nullable: true })
  centreId: string | null;

  @Column({ type: 'text' })
  slug: string;

  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt: Date | null;
}

export type CourseVersionStatus = 'draft' | 'published' | 'superseded';

/** One version of a course. Editing a published course makes a new draft; publishing supersedes the old. */
@Entity('course_versions')
export class CourseVersionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'course_id', type: 'uuid' })
  courseId: string;

  @Column({ name: 'centre_id', type: 'uuid', nullable: true })
  centreId: string | null;

  @Column({ type: 'int' })
  version: number;

  @Column({ type: 'text' })
  status: CourseVersionStatus;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  summary: string;

  @Column({ type: 'text' })
  audience: Audience;

  @Column({ type: 'int' })
  level: CourseLevel;

  @Column({ name: 'estimated_minutes', type: 'int' })
  estimatedMinutes: number;

  @Column({ name: 'competence_codes', type: 'text', array: true })
  competenceCodes: string[];

  @Column({ name: 'required_for_visits', type: 'boolean' })
  requiredForVisits: boolean;

  @Column({ name: 'cover_media_id', type: 'uuid', nullable: true })
  coverMediaId: string | null;

  @Column({ type: 'jsonb' })
  content: CourseContent;

  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Column({ name: 'published_by_id', type: 'uuid', nullable: true })
  publishedById: string | null;
}
