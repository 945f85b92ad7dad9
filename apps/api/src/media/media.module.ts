import { Module } from '@nestjs/common';
import { MediaController } from './media.controller';
import { MediaService } from './media.service';
import { LocalDiskMediaStorage, MediaStorage } from './media.storage';

@Module({
  controllers: [MediaController],
  providers: [MediaService, { provide: MediaStorage, useClass: LocalDiskMediaStorage }],
  exports: [MediaService],
})
export class MediaModule {}
