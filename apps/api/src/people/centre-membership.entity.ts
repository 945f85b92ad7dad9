import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** History of the centres a person belonged to; the open row (ended_at NULL) matches people.centre_id. */
@Entity('centre_memberships')
export class CentreMembershipEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'centre_id', type: 'uuid' })
  centreId: string;

  @Column({ name: 'person_id', type: 'uuid' })
  personId: string;

  @CreateDateColumn({ name: 'started_at', type: 'timestamptz' })
  startedAt: Date;

  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true })
  endedAt: Date | null;
}
