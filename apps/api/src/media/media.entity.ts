import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type MediaKind = 'image' | 'video' | 'captions';

/** An uploaded file's metadata; the bytes live in the storage (DATA_DIR/media by default). */
@Entity('media')
export class MediaEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'federation_id', type: 'uuid' })
  federationId: string;

  @Column({ name: 'centre_id', type: 'uuid', nullable: true })
  centreId: string | null;

  @Column({ type: 'text' })
  kind: MediaKind;

  @Column({ name: 'mime_type', type: 'text' })
  mimeType: string;

  @Column({ name: 'size_bytes', type: 'int' })
  sizeBytes: number;

  @Column({ name: 'original_name', type: 'text' })
  originalName: string;

  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
