import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { DataSource } from 'typeorm';
import {
  PLACE_SUGGESTIONS_MAX,
  PlaceSuggestionsSchema,
  PlacesQuerySchema,
  type PlaceSuggestions,
} from '@passerelle/contracts';
import { CurrentUser, Roles } from '../common/auth.decorators';
import type { AuthUser } from '../common/auth-user';
import { departmentOfPostcode, locateTown, searchTowns } from './places';

class PlacesQueryDto extends createZodDto(PlacesQuerySchema) {}
class PlaceSuggestionsDto extends createZodDto(PlaceSuggestionsSchema) {}

/** Town names the travel estimates know, for the town fields of people and volunteer profiles. */
@ApiTags('places')
@ApiBearerAuth()
@Roles('coordinator', 'federation_admin', 'volunteer')
@Controller('places')
export class PlacesController {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  @Get()
  @ZodResponse({ type: PlaceSuggestionsDto })
  async search(@CurrentUser() user: AuthUser, @Query() query: PlacesQueryDto): Promise<PlaceSuggestions> {
    const [centre]: Array<{ postcode: string }> = user.centreId
      ? await this.db.query(`SELECT postcode FROM centres WHERE id = $1`, [user.centreId])
      : [];
    const department = departmentOfPostcode(centre?.postcode);
    const places = searchTowns(query.q, department, PLACE_SUGGESTIONS_MAX);
    return {
      places: places.map((p) => ({ name: p.name, department: p.department })),
      known: locateTown(query.q, { department }) !== null,
    };
  }
}
