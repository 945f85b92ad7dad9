import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  Patch,
  Post,
  Query,
  Req,
  Res,
  StreamableFile,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import { ApiBearerAuth, ApiProduces, ApiTags } from '@nestjs/swagger';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import {
  CreateDeviceSchema,
  CreateKitSchema,
  DeviceEventListSchema,
  DevicePageSchema,
  DeviceSchema,
  DeviceLabelsQuerySchema,
  DeviceLearningSchema,
  DevicesQuerySchema,
  ExtendLoanSchema,
  LoanListSchema,
  LoanSchema,
  LoansQuerySchema,
  ReturnChecklistSchema,
  UpdateDeviceSchema,
} from '@passerelle/contracts';
import { CurrentUser, Roles } from '../common/auth.decorators';
import type { AuthUser } from '../common/auth-user';
import { IdParamsDto } from '../people/people.dto';
import { DevicesService } from './devices.service';

class DevicesQueryDto extends createZodDto(DevicesQuerySchema) {}
class DevicePageDto extends createZodDto(DevicePageSchema) {}
class DeviceDto extends createZodDto(DeviceSchema) {}
class CreateDeviceDto extends createZodDto(CreateDeviceSchema) {}
class UpdateDeviceDto extends createZodDto(UpdateDeviceSchema) {}
class DeviceEventListDto extends createZodDto(DeviceEventListSchema) {}
class CreateKitDto extends createZodDto(CreateKitSchema) {}
class LoanDto extends createZodDto(LoanSchema) {}
class LoanListDto extends createZodDto(LoanListSchema) {}
class LoansQueryDto extends createZodDto(LoansQuerySchema) {}
class ReturnChecklistDto extends createZodDto(ReturnChecklistSchema) {}
class DeviceLabelsQueryDto extends createZodDto(DeviceLabelsQuerySchema) {}
class DeviceLearningDto extends createZodDto(DeviceLearningSchema) {}
class ExtendLoanDto extends createZodDto(ExtendLoanSchema) {}

@ApiTags('devices')
@ApiBearerAuth()
@Roles('coordinator', 'federation_admin')
@Controller()
export class DevicesController {
  constructor(private readonly devices: DevicesService) {}

  @Get('devices')
  @ZodResponse({ type: DevicePageDto })
  list(@CurrentUser() user: AuthUser, @Query() query: DevicesQueryDto) {
    return this.devices.list(user, query);
  }

  @Post('devices')
  @ZodResponse({ type: DeviceDto, status: 201 })
  create(@CurrentUser() user: AuthUser, @Body() body: CreateDeviceDto) {
    return this.devices.create(user, body);
  }

  /** A4 sheet of QR asset labels (3 × 8), for chosen ids or the filtered inventory. */
  @Get('devices/labels.pdf')
  @ApiProduces('application/pdf')
  async labels(
    @CurrentUser() user: AuthUser,
    @Query() query: DeviceLabelsQueryDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const bytes = await this.devices.labels(user, query, `${req.protocol}://${req.get('host')}`);
    res.setHeader('Content-Disposition', 'attachment; filename="etiquettes-passerelle.pdf"');
    return new StreamableFile(Buffer.from(bytes), { type: 'application/pdf' });
  }

  @Get('devices/:id')
  @ZodResponse({ type: DeviceDto })
  get(@CurrentUser() user: AuthUser, @Param() params: IdParamsDto) {
    return this.devices.get(user, params.id);
  }

  @Patch('devices/:id')
  @ZodResponse({ type: DeviceDto })
  update(@CurrentUser() user: AuthUser, @Param() params: IdParamsDto, @Body() body: UpdateDeviceDto) {
    return this.devices.update(user, params.id, body);
  }

  @Get('devices/:id/history')
  @ZodResponse({ type: DeviceEventListDto })
  history(@CurrentUser() user: AuthUser, @Param() params: IdParamsDto) {
    return this.devices.history(user, params.id);
  }

  /** What was learned on this device, per loan period. */
  @Get('devices/:id/learning')
  @ZodResponse({ type: DeviceLearningDto })
  learning(@CurrentUser() user: AuthUser, @Param() params: IdParamsDto) {
    return this.devices.learning(user, params.id);
  }

  /** Lend or give a kit of one or more devices to one person. */
  @Post('loans')
  @ZodResponse({ type: LoanListDto, status: 201 })
  lend(@CurrentUser() user: AuthUser, @Body() body: CreateKitDto) {
    return this.devices.lend(user, body);
  }

  @Get('loans')
  @Roles('coordinator', 'federation_admin', 'volunteer')
  @ZodResponse({ type: LoanListDto })
  loans(@CurrentUser() user: AuthUser, @Query() query: LoansQueryDto) {
    return this.devices.loans(user, query);
  }

  /** Moves the due date of the whole kit this loan belongs to. */
  @Post('loans/:id/extend')
  @HttpCode(200)
  @ZodResponse({ type: LoanListDto, status: 200 })
  extend(@CurrentUser() user: AuthUser, @Param() params: IdParamsDto, @Body() body: ExtendLoanDto) {
    return this.devices.extend(user, params.id, body.dueOn);
  }

  @Post('loans/:id/return')
  @HttpCode(200)
  @ZodResponse({ type: LoanDto, status: 200 })
  returnLoan(@CurrentUser() user: AuthUser, @Param() params: IdParamsDto, @Body() body: ReturnChecklistDto) {
    return this.devices.returnLoan(user, params.id, body);
  }
}
