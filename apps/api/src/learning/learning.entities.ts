import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { Competence, Observation } from '@passerelle/contracts';
import type { StepState } from './completion-rules';

export type EnrolmentStatus = 'not_started' | 'in_progress' | 'completed';

@Entity('enrolments')
export class EnrolmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'centre_id', type: 'uuid' })
  centreId: string;

  @Column({ name: 'person_id', type: 'uuid' })
  personId: string;

  @Column({ name: 'course_id', type: 'uuid' })
  courseId: string;

  @Column({ type: 'text' })
  source: 'assigned' | 'self';

  @Column({ name: 'enrolled_by_id', type: 'uuid', nullable: true })
  enrolledById: string | null;

  @Column({ type: 'text' })
  status: EnrolmentStatus;

  @Column({ type: 'int' })
  percent: number;

  @Column({ name: 'resume_step_key', type: 'text', nullable: true })
  resumeStepKey: string | null;

  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** An xAPI-shaped statement, stored as received (plus server stamps); never updated. */
@Entity('learning_records')
export class LearningRecordEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'centre_id', type: 'uuid' })
  centreId: string;

  @Column({ name: 'person_id', type: 'uuid' })
  personId: string;

  @Column({ name: 'course_id', type: 'uuid' })
  courseId: string;

  @Column({ name: 'course_version', type: 'int' })
  courseVersion: number;

  @Column({ name: 'step_key', type: 'text' })
  stepKey: string;

  @Column({ type: 'text' })
  verb: string;

  @Column({ type: 'jsonb', nullable: true })
  result: Record<string, unknown> | null;

  @Column({ type: 'jsonb' })
  context: Record<string, unknown>;

  @Column({ name: 'device_id', type: 'uuid', nullable: true })
  deviceId: string | null;

  @Column({ name: 'visit_id', type: 'uuid', nullable: true })
  visitId: string | null;

  @Column({ name: 'instructor_id', type: 'uuid', nullable: true })
  instructorId: string | null;

  @Column({ name: 'sent_by_id', type: 'uuid' })
  sentById: string;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt: Date;

  @CreateDateColumn({ name: 'stored_at', type: 'timestamptz' })
  storedAt: Date;

  @Column({ name: 'content_hash', type: 'text' })
  contentHash: string;
}

@Entity('step_states')
export class StepStateEntity implements StepState {
  @PrimaryColumn({ name: 'person_id', type: 'uuid' })
  personId: string;

  @PrimaryColumn({ name: 'course_id', type: 'uuid' })
  courseId: string;

  @PrimaryColumn({ name: 'step_key', type: 'text' })
  stepKey: string;

  @Column({ name: 'centre_id', type: 'uuid' })
  centreId: string;

  @Column({ type: 'text' })
  status: StepState['status'];

  @Column({ type: 'boolean' })
  complete: boolean;

  @Column({ type: 'int', nullable: true })
  score: number | null;

  @Column({ type: 'int' })
  attempts: number;

  @Column({ type: 'text', nullable: true })
  observation: Observation | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

@Entity('certificates')
export class CertificateEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  code: string;

  @Column({ name: 'centre_id', type: 'uuid' })
  centreId: string;

  @Column({ name: 'person_id', type: 'uuid' })
  personId: string;

  @Column({ name: 'course_id', type: 'uuid' })
  courseId: string;

  @Column({ name: 'course_version', type: 'int' })
  courseVersion: number;

  @Column({ name: 'learner_name', type: 'text' })
  learnerName: string;

  @Column({ name: 'course_title', type: 'text' })
  courseTitle: string;

  @Column({ name: 'centre_name', type: 'text' })
  centreName: string;

  @Column({ name: 'duration_minutes', type: 'int' })
  durationMinutes: number;

  @Column({ type: 'jsonb' })
  competences: Competence[];

  @CreateDateColumn({ name: 'issued_at', type: 'timestamptz' })
  issuedAt: Date;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}
