import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import {
  AssignmentParamsSchema,
  AssignVolunteerSchema,
  CreatePersonSchema,
  IdParamsSchema,
  PeoplePageSchema,
  PeopleQuerySchema,
  PersonDetailSchema,
  PersonSchema,
  UpdatePersonSchema,
} from '@passerelle/contracts';

export class IdParamsDto extends createZodDto(IdParamsSchema) {}
export class AssignmentParamsDto extends createZodDto(AssignmentParamsSchema) {}
export class PeopleQueryDto extends createZodDto(PeopleQuerySchema) {}
export class CreatePersonDto extends createZodDto(CreatePersonSchema) {}
export class UpdatePersonDto extends createZodDto(UpdatePersonSchema) {}
export class AssignVolunteerDto extends createZodDto(AssignVolunteerSchema) {}
export class PeoplePageDto extends createZodDto(PeoplePageSchema) {}
export class PersonDetailDto extends createZodDto(PersonDetailSchema) {}
export class PersonListDto extends createZodDto(z.array(PersonSchema)) {}
