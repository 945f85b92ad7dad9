import { Controller, Get, Param, Post, Query, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiConsumes, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { MEDIA_LIMITS, MediaSchema, UploadMediaQuerySchema } from '@passerelle/contracts';
import { CurrentUser, Public, Roles } from '../common/auth.decorators';
import type { AuthUser } from '../common/auth-user';
import { IdParamsDto } from '../people/people.dto';
import { MediaService, type UploadedFile as Uploaded } from './media.service';

class UploadMediaQueryDto extends createZodDto(UploadMediaQuerySchema) {}
class MediaDto extends createZodDto(MediaSchema) {}

const LARGEST_UPLOAD = Math.max(...Object.values(MEDIA_LIMITS).map((l) => l.maxBytes));

@ApiTags('media')
@Controller('media')
export class MediaController {
  constructor(private readonly media: MediaService) {}

  @ApiBearerAuth()
  @ApiConsumes('multipart/form-data')
  @Roles('coordinator', 'federation_admin')
  @Post()
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: LARGEST_UPLOAD + 1, files: 1 } }))
  @ZodResponse({ type: MediaDto, status: 201 })
  upload(
    @CurrentUser() user: AuthUser,
    @Query() query: UploadMediaQueryDto,
    @UploadedFile() file?: Uploaded,
  ) {
    return this.media.upload(user, query.kind, file);
  }

  /** Public by unguessable id, so <img>, <video> and <track> can load it; never rendered as a page. */
  @Public()
  @Get(':id')
  async serve(@Param() params: IdParamsDto, @Res() res: Response): Promise<void> {
    const { media, path } = await this.media.find(params.id);
    res.setHeader('Content-Type', media.mimeType);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'; sandbox");
    res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
    // dotfiles: 'allow' because DATA_DIR may sit under a dot-folder; ids are validated UUIDs anyway.
    res.sendFile(path, { maxAge: '30d', immutable: true, dotfiles: 'allow' }, (error?: Error) => {
      if (error && !res.headersSent)
        res.status(404).json({ code: 'not_found', message: 'Fichier introuvable.' });
    });
  }
}
