import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import {
  CataloguePageSchema,
  CatalogueQuerySchema,
  CompetenceSchema,
  CourseDraftSchema,
  CourseSummarySchema,
  IdSchema,
  PublishedCourseSchema,
  PublishedCourseQuerySchema,
} from '@passerelle/contracts';

export class CatalogueQueryDto extends createZodDto(CatalogueQuerySchema) {}
export class CataloguePageDto extends createZodDto(CataloguePageSchema) {}
export class PublishedCourseDto extends createZodDto(PublishedCourseSchema) {}
export class PublishedCourseQueryDto extends createZodDto(PublishedCourseQuerySchema) {}
export class CourseSummaryDto extends createZodDto(CourseSummarySchema) {}
export class CourseSummaryListDto extends createZodDto(z.array(CourseSummarySchema)) {}
export class CourseDraftDto extends createZodDto(CourseDraftSchema) {}
export class CreateCourseDto extends createZodDto(
  CourseDraftSchema.extend({ centreId: IdSchema.nullable().optional() }),
) {}
export class CourseDraftViewDto extends createZodDto(
  CourseDraftSchema.extend({ summary: CourseSummarySchema }),
) {}
export class CompetenceListDto extends createZodDto(z.array(CompetenceSchema)) {}
