import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { MEDIA_LIMITS, type Media, type MediaKind } from '@passerelle/contracts';
import type { AuthUser } from '../common/auth-user';
import { DomainError, ForbiddenError, InvalidFieldError, NotFoundError } from '../common/domain-error';
import { MediaEntity } from './media.entity';
import { MediaStorage } from './media.storage';
import { sniffMimeType } from './file-type';

export class FileTooLargeError extends DomainError {
  readonly status = 413;
  readonly code = 'payload_too_large';
  constructor(maxBytes: number) {
    super(`Le fichier dépasse la taille maximale (${Math.round(maxBytes / 1024 / 1024)} Mo).`);
  }
}

export interface UploadedFile {
  originalname: string;
  buffer: Buffer;
  size: number;
}

@Injectable()
export class MediaService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly storage: MediaStorage,
  ) {}

  /** Checks size and real type, then stores an uploaded course file for the author's centre. */
  async upload(user: AuthUser, kind: MediaKind, file: UploadedFile | undefined): Promise<Media> {
    if (user.role !== 'coordinator' && user.role !== 'federation_admin') throw new ForbiddenError();
    if (!file || file.size === 0) throw new InvalidFieldError('file', 'Choisissez un fichier.');
    const limit = MEDIA_LIMITS[kind];
    if (file.size > limit.maxBytes) throw new FileTooLargeError(limit.maxBytes);
    const mimeType = sniffMimeType(kind, file.buffer);
    if (!mimeType) throw new InvalidFieldError('file', unsupportedMessage(kind));
    return this.store(this.db.manager, {
      federationId: user.federationId,
      centreId: user.centreId,
      kind,
      mimeType,
      originalName: file.originalname.slice(0, 200),
      bytes: file.buffer,
      createdById: user.id,
    });
  }

  /** Stores bytes that the app itself vouches for (seed illustrations). */
  async store(
    manager: EntityManager,
    input: Omit<MediaEntity, 'id' | 'createdAt' | 'sizeBytes'> & { bytes: Uint8Array },
  ): Promise<Media> {
    const id = randomUUID();
    await this.storage.put(id, input.bytes);
    const { bytes, ...meta } = input;
    const saved = await manager.getRepository(MediaEntity).save({ ...meta, id, sizeBytes: bytes.length });
    return toMedia(saved);
  }

  async find(id: string): Promise<{ media: MediaEntity; path: string }> {
    const media = await this.db.getRepository(MediaEntity).findOneBy({ id });
    if (!media) throw new NotFoundError('Fichier');
    return { media, path: this.storage.pathOf(id) };
  }
}

export function toMedia(m: MediaEntity): Media {
  return {
    id: m.id,
    kind: m.kind,
    mimeType: m.mimeType,
    sizeBytes: m.sizeBytes,
    originalName: m.originalName,
    url: `/api/media/${m.id}`,
  };
}

function unsupportedMessage(kind: MediaKind): string {
  switch (kind) {
    case 'image':
      return 'Image non reconnue : envoyez un fichier PNG, JPEG ou WebP.';
    case 'video':
      return 'Vidéo non reconnue : envoyez un fichier MP4 ou WebM.';
    case 'captions':
      return 'Sous-titres non reconnus : envoyez un fichier WebVTT (.vtt) qui commence par « WEBVTT ».';
  }
}
