import { Body, Controller, Get, Param, Post, Put, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { z } from 'zod';
import {
  AgreementListSchema,
  AgreementSchema,
  AgreementsQuerySchema,
  AgreementTemplateSchema,
  CampaignListSchema,
  CampaignSchema,
  CreateCampaignSchema,
  CreateHouseholdSchema,
  HouseholdPageSchema,
  HouseholdSchema,
  HouseholdsQuerySchema,
  IdSchema,
  ProgrammeReportQuerySchema,
  ProgrammeReportSchema,
  SignAgreementSchema,
  UpdateAgreementTemplateSchema,
} from '@passerelle/contracts';
import { CurrentUser, Roles } from '../common/auth.decorators';
import type { AuthUser } from '../common/auth-user';
import { IdParamsDto } from '../people/people.dto';
import { AgreementsService } from './agreements.service';
import { CampaignsService } from './campaigns.service';
import { HouseholdsService } from './households.service';

class HouseholdDto extends createZodDto(HouseholdSchema) {}
class HouseholdPageDto extends createZodDto(HouseholdPageSchema) {}
class HouseholdsQueryDto extends createZodDto(HouseholdsQuerySchema) {}
class CreateHouseholdDto extends createZodDto(CreateHouseholdSchema) {}
class CampaignDto extends createZodDto(CampaignSchema) {}
class CampaignListDto extends createZodDto(CampaignListSchema) {}
class CreateCampaignDto extends createZodDto(CreateCampaignSchema) {}
class ProgrammeReportDto extends createZodDto(ProgrammeReportSchema) {}
class ProgrammeReportQueryDto extends createZodDto(ProgrammeReportQuerySchema) {}
class AgreementDto extends createZodDto(AgreementSchema) {}
class AgreementListDto extends createZodDto(AgreementListSchema) {}
class AgreementsQueryDto extends createZodDto(AgreementsQuerySchema) {}
class AgreementTemplateDto extends createZodDto(AgreementTemplateSchema) {}
class UpdateAgreementTemplateDto extends createZodDto(UpdateAgreementTemplateSchema) {}
class SignAgreementDto extends createZodDto(SignAgreementSchema) {}
class KitParamsDto extends createZodDto(z.object({ kitId: IdSchema })) {}

@ApiTags('equipment')
@ApiBearerAuth()
@Roles('coordinator', 'federation_admin')
@Controller()
export class EquipmentController {
  constructor(
    private readonly households: HouseholdsService,
    private readonly campaigns: CampaignsService,
    private readonly agreements: AgreementsService,
  ) {}

  @Get('households')
  @ZodResponse({ type: HouseholdPageDto })
  listHouseholds(@CurrentUser() user: AuthUser, @Query() query: HouseholdsQueryDto) {
    return this.households.list(user, query);
  }

  @Post('households')
  @ZodResponse({ type: HouseholdDto, status: 201 })
  createHousehold(@CurrentUser() user: AuthUser, @Body() body: CreateHouseholdDto) {
    return this.households.create(user, body);
  }

  @Get('households/:id')
  @ZodResponse({ type: HouseholdDto })
  household(@CurrentUser() user: AuthUser, @Param() params: IdParamsDto) {
    return this.households.get(user, params.id);
  }

  @Get('campaigns')
  @ZodResponse({ type: CampaignListDto })
  listCampaigns(@CurrentUser() user: AuthUser, @Query() query: ProgrammeReportQueryDto) {
    return this.campaigns.list(user, query.centreId);
  }

  @Post('campaigns')
  @ZodResponse({ type: CampaignDto, status: 201 })
  createCampaign(@CurrentUser() user: AuthUser, @Body() body: CreateCampaignDto) {
    return this.campaigns.create(user, body);
  }

  /** The equipment programme: identified → targeted → equipped, devices by kind, loans and gifts. */
  @Get('campaigns/report')
  @ZodResponse({ type: ProgrammeReportDto })
  report(@CurrentUser() user: AuthUser, @Query() query: ProgrammeReportQueryDto) {
    return this.campaigns.report(user, query.centreId);
  }

  @Get('centres/:id/agreement-template')
  @ZodResponse({ type: AgreementTemplateDto })
  template(@CurrentUser() user: AuthUser, @Param() params: IdParamsDto) {
    return this.agreements.template(user, params.id);
  }

  @Put('centres/:id/agreement-template')
  @ZodResponse({ type: AgreementTemplateDto })
  saveTemplate(
    @CurrentUser() user: AuthUser,
    @Param() params: IdParamsDto,
    @Body() body: UpdateAgreementTemplateDto,
  ) {
    return this.agreements.saveTemplate(user, params.id, body);
  }

  /** The agreement of a kit, ready to sign or as signed. Volunteers: for the seniors they coach. */
  @Get('kits/:kitId/agreement')
  @Roles('coordinator', 'federation_admin', 'volunteer')
  @ZodResponse({ type: AgreementDto })
  kitAgreement(@CurrentUser() user: AuthUser, @Param() params: KitParamsDto) {
    return this.agreements.forKit(user, params.kitId);
  }

  @Post('kits/:kitId/agreement')
  @Roles('coordinator', 'federation_admin', 'volunteer')
  @ZodResponse({ type: AgreementDto, status: 201 })
  sign(@CurrentUser() user: AuthUser, @Param() params: KitParamsDto, @Body() body: SignAgreementDto) {
    return this.agreements.sign(user, params.kitId, body);
  }

  @Get('agreements')
  @Roles('coordinator', 'federation_admin', 'volunteer')
  @ZodResponse({ type: AgreementListDto })
  listAgreements(@CurrentUser() user: AuthUser, @Query() query: AgreementsQueryDto) {
    return this.agreements.list(user, query);
  }

  @Get('agreements/:id/pdf')
  @Roles('coordinator', 'federation_admin', 'volunteer')
  @ApiProduces('application/pdf')
  async agreementPdf(
    @CurrentUser() user: AuthUser,
    @Param() params: IdParamsDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const { filename, bytes } = await this.agreements.pdf(user, params.id);
    res.setHeader('Content-Disposition', `attachment; filename="${filename}"`);
    return new StreamableFile(Buffer.from(bytes), { type: 'application/pdf' });
  }
}
