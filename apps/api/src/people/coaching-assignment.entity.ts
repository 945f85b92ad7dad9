import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PersonEntity } from './person.entity';

/** Which volunteer coaches which senior, and since when; ended rows are kept as history. */
@Entity('coaching_assignments')
export class CoachingAssignmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'centre_id', type: 'uuid' })
  centreId: string;

  @Column({ name: 'volunteer_id', type: 'uuid' })
  volunteerId: string;

  @ManyToOne(() => PersonEntity)
  @JoinColumn({ name: 'volunteer_id' })
  volunteer?: PersonEntity;

  @Column({ name: 'senior_id', type: 'uuid' })
  seniorId: string;

  @ManyToOne(() => PersonEntity)
  @JoinColumn({ name: 'senior_id' })
  senior?: PersonEntity;

  @CreateDateColumn({ name: 'started_at', type: 'timestamptz' })
  startedAt: Date;

  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true })
  endedAt: Date | null;

  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById: string | null;
}
