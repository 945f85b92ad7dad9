import { z } from 'zod';
import { IdSchema } from './common.contract';

export const MEDIA_KINDS = ['image', 'video', 'captions'] as const;
export const MediaKindSchema = z.enum(MEDIA_KINDS);
export type MediaKind = z.infer<typeof MediaKindSchema>;

/** Upload limits, shared so the web app can refuse a file before sending it. */
export const MEDIA_LIMITS: Record<MediaKind, { maxBytes: number; mimeTypes: string[] }> = {
  image: { maxBytes: 5 * 1024 * 1024, mimeTypes: ['image/png', 'image/jpeg', 'image/webp'] },
  video: { maxBytes: 100 * 1024 * 1024, mimeTypes: ['video/mp4', 'video/webm'] },
  captions: { maxBytes: 1024 * 1024, mimeTypes: ['text/vtt'] },
};

export const MediaSchema = z.object({
  id: IdSchema,
  kind: MediaKindSchema,
  mimeType: z.string(),
  sizeBytes: z.number().int(),
  originalName: z.string(),
  /** Where the file is served (public, unguessable id). */
  url: z.string(),
});
export type Media = z.infer<typeof MediaSchema>;

export const UploadMediaQuerySchema = z.object({ kind: MediaKindSchema });
