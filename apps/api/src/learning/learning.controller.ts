import { Body, Controller, Get, HttpCode, Param, Post, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { ZodResponse } from 'nestjs-zod';
import { CurrentUser, Public, Roles } from '../common/auth.decorators';
import type { AuthUser } from '../common/auth-user';
import { IdParamsDto } from '../people/people.dto';
import { CertificatesService } from './certificates.service';
import { LearningService } from './learning.service';
import {
  CertificateCodeParamsDto,
  CertificateListDto,
  CertificateVerificationDto,
  CourseProgressDto,
  EnrolRequestDto,
  EnrolResultDto,
  LearnerProgressListDto,
  LearningBatchRequestDto,
  LearningBatchResponseDto,
  MyCourseDto,
  MyCourseListDto,
  SelfEnrolRequestDto,
} from './learning.dto';

@ApiTags('learning')
@ApiBearerAuth()
@Controller()
export class LearningController {
  constructor(
    private readonly learning: LearningService,
    private readonly certificates: CertificatesService,
  ) {}

  /** Up to 500 xAPI-shaped records; each gets its own status (201, 200 replay, 409 conflict, 4xx). */
  @Post('learning-records')
  @HttpCode(200)
  @ZodResponse({ type: LearningBatchResponseDto, status: 200 })
  ingest(@CurrentUser() user: AuthUser, @Body() body: LearningBatchRequestDto) {
    return this.learning.ingest(user, body.records);
  }

  @Get('me/courses')
  @ZodResponse({ type: MyCourseListDto })
  myCourses(@CurrentUser() user: AuthUser) {
    return this.learning.myCourses(user);
  }

  @Get('me/courses/:id/progress')
  @ZodResponse({ type: CourseProgressDto })
  myProgress(@CurrentUser() user: AuthUser, @Param() params: IdParamsDto) {
    return this.learning.myProgress(user, params.id);
  }

  @Roles('volunteer', 'coordinator')
  @Post('me/enrolments')
  @ZodResponse({ type: MyCourseDto, status: 201 })
  selfEnrol(@CurrentUser() user: AuthUser, @Body() body: SelfEnrolRequestDto) {
    return this.learning.selfEnrol(user, body.courseId);
  }

  @Roles('coordinator', 'federation_admin')
  @Post('courses/:id/enrolments')
  @HttpCode(200)
  @ZodResponse({ type: EnrolResultDto, status: 200 })
  assign(@CurrentUser() user: AuthUser, @Param() params: IdParamsDto, @Body() body: EnrolRequestDto) {
    return this.learning.assign(user, params.id, body);
  }

  @Roles('coordinator', 'federation_admin')
  @Get('courses/:id/learners')
  @ZodResponse({ type: LearnerProgressListDto })
  learners(@CurrentUser() user: AuthUser, @Param() params: IdParamsDto) {
    return this.learning.learners(user, params.id);
  }

  @Get('me/certificates')
  @ZodResponse({ type: CertificateListDto })
  myCertificates(@CurrentUser() user: AuthUser) {
    return this.certificates.mine(user);
  }

  @Get('certificates/:id/pdf')
  @ApiProduces('application/pdf')
  async pdf(
    @CurrentUser() user: AuthUser,
    @Param() params: IdParamsDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const { filename, bytes } = await this.certificates.pdf(user, params.id);
    res.setHeader('Content-Disposition', `attachment; filename="${filename}"`);
    return new StreamableFile(Buffer.from(bytes), { type: 'application/pdf' });
  }

  /** Public: anyone holding an attestation's code can check it is genuine. */
  @Public()
  @Get('certificates/verify/:code')
  @ZodResponse({ type: CertificateVerificationDto })
  verify(@Param() params: CertificateCodeParamsDto) {
    return this.certificates.verify(params.code);
  }
}
