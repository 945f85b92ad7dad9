import type { MediaKind } from '@passerelle/contracts';

/**
 * Recognises a file from its first bytes, not from the name or the browser's claim, and returns the
 * MIME type to store, or null when the content is not an accepted file of that kind.
 */
export function sniffMimeType(kind: MediaKind, bytes: Uint8Array): string | null {
  const starts = (sig: number[], offset = 0) => sig.every((b, i) => bytes[offset + i] === b);
  const ascii = (offset: number, text: string) =>
    starts(
      [...text].map((c) => c.charCodeAt(0)),
      offset,
    );
  switch (kind) {
    case 'image':
      if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
      if (starts([0xff, 0xd8, 0xff])) return 'image/jpeg';
      if (ascii(0, 'RIFF') && ascii(8, 'WEBP')) return 'image/webp';
      return null;
    case 'video':
      if (ascii(4, 'ftyp')) return 'video/mp4';
      if (starts([0x1a, 0x45, 0xdf, 0xa3])) return 'video/webm';
      return null;
    case 'captions': {
      const offset = starts([0xef, 0xbb, 0xbf]) ? 3 : 0;
      if (!ascii(offset, 'WEBVTT')) return null;
      const after = bytes[offset + 6];
      return after === undefined || after === 0x0a || after === 0x0d || after === 0x20 || after === 0x09
        ? 'text/vtt'
        : null;
    }
  }
}
