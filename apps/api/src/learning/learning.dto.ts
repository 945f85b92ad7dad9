import { createZodDto } from 'nestjs-zod';
import {
  CertificateCodeParamsSchema,
  CertificateListSchema,
  CertificateVerificationSchema,
  CourseProgressSchema,
  EnrolRequestSchema,
  EnrolResultSchema,
  LearnerProgressListSchema,
  LearningBatchRequestSchema,
  LearningBatchResponseSchema,
  MyCourseListSchema,
  MyCourseSchema,
  SelfEnrolRequestSchema,
} from '@passerelle/contracts';

export class LearningBatchRequestDto extends createZodDto(LearningBatchRequestSchema) {}
export class LearningBatchResponseDto extends createZodDto(LearningBatchResponseSchema) {}
export class CourseProgressDto extends createZodDto(CourseProgressSchema) {}
export class MyCourseDto extends createZodDto(MyCourseSchema) {}
export class MyCourseListDto extends createZodDto(MyCourseListSchema) {}
export class SelfEnrolRequestDto extends createZodDto(SelfEnrolRequestSchema) {}
export class EnrolRequestDto extends createZodDto(EnrolRequestSchema) {}
export class EnrolResultDto extends createZodDto(EnrolResultSchema) {}
export class LearnerProgressListDto extends createZodDto(LearnerProgressListSchema) {}
export class CertificateListDto extends createZodDto(CertificateListSchema) {}
export class CertificateCodeParamsDto extends createZodDto(CertificateCodeParamsSchema) {}
export class CertificateVerificationDto extends createZodDto(CertificateVerificationSchema) {}
