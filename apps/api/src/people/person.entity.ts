import {
  BeforeInsert,
  BeforeUpdate,
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { Role } from '@passerelle/contracts';
import { CentreEntity } from '../centres/centre.entity';
import { FederationEntity } from '../centres/federation.entity';
import { searchText } from './search-text';

@Entity('people')
export class PersonEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'federation_id', type: 'uuid' })
  federationId: string;

  @ManyToOne(() => FederationEntity)
  @JoinColumn({ name: 'federation_id' })
  federation?: FederationEntity;

  /** Current centre; NULL only for federation admins (CHECK people_centre_matches_role). */
  @Column({ name: 'centre_id', type: 'uuid', nullable: true })
  centreId: string | null;

  @ManyToOne(() => CentreEntity, { nullable: true })
  @JoinColumn({ name: 'centre_id' })
  centre?: CentreEntity | null;

  @Column({ type: 'text' })
  role: Role;

  @Column({ name: 'first_name', type: 'text' })
  firstName: string;

  @Column({ name: 'last_name', type: 'text' })
  lastName: string;

  @Column({ type: 'text', nullable: true })
  email: string | null;

  @Column({ type: 'text', nullable: true })
  phone: string | null;

  @Column({ type: 'text', nullable: true })
  town: string | null;

  @Column({ name: 'birth_year', type: 'int', nullable: true })
  birthYear: number | null;

  @Column({ type: 'text', nullable: true })
  notes: string | null;

  @Column({ name: 'password_hash', type: 'text', nullable: true, select: false })
  passwordHash?: string | null;

  @Column({ type: 'text', default: 'fr' })
  locale: 'fr' | 'en';

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @Column({ name: 'deactivated_at', type: 'timestamptz', nullable: true })
  deactivatedAt: Date | null;

  /** Lower-case, accent-free copy of name, e-mail and town for search ("helene" finds "Hélène"). */
  @Column({ name: 'search_text', type: 'text' })
  searchText: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @BeforeInsert()
  @BeforeUpdate()
  refreshSearchText(): void {
    this.searchText = searchText([this.firstName, this.lastName, this.email, this.town]);
  }
}
