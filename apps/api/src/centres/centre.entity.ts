import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { FederationEntity } from './federation.entity';

@Entity('centres')
export class CentreEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'federation_id', type: 'uuid' })
  federationId: string;

  @ManyToOne(() => FederationEntity)
  @JoinColumn({ name: 'federation_id' })
  federation?: FederationEntity;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  town: string;

  @Column({ type: 'text' })
  postcode: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
