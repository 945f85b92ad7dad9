import { Injectable } from '@nestjs/common';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AppConfig } from '../config/app-config';

/** Where uploaded bytes live. Local disk under DATA_DIR/media by default; an object store can replace it. */
export abstract class MediaStorage {
  abstract put(id: string, bytes: Uint8Array): Promise<void>;
  /** Absolute path of a stored file, for streaming with range support. */
  abstract pathOf(id: string): string;
}

@Injectable()
export class LocalDiskMediaStorage extends MediaStorage {
  private readonly dir: string;

  constructor(config: AppConfig) {
    super();
    this.dir = join(config.dataDir, 'media');
  }

  async put(id: string, bytes: Uint8Array): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    await writeFile(this.pathOf(id), bytes, { flag: 'wx' });
  }

  pathOf(id: string): string {
    if (!/^[0-9a-f-]{36}$/.test(id)) throw new Error('invalid media id');
    return join(this.dir, id);
  }
}
