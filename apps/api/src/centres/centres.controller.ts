import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { CentreListSchema } from '@passerelle/contracts';
import { CurrentUser, Roles } from '../common/auth.decorators';
import type { AuthUser } from '../common/auth-user';
import { CentresService } from './centres.service';

class CentreListDto extends createZodDto(CentreListSchema) {}

@ApiTags('centres')
@ApiBearerAuth()
@Controller('centres')
export class CentresController {
  constructor(private readonly centres: CentresService) {}

  @Roles('coordinator', 'volunteer', 'federation_admin')
  @Get()
  @ZodResponse({ type: CentreListDto })
  list(@CurrentUser() user: AuthUser) {
    return this.centres.list(user);
  }
}
