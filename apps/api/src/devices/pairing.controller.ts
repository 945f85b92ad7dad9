import { Body, Controller, Headers, HttpCode, Param, Post, Req, UseGuards } from '@nestjs/common';
import type { Request } from 'express';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import {
  DeviceSignInRequestSchema,
  PairedDeviceSchema,
  PairingCodeSchema,
  PairRequestSchema,
  TokenPairSchema,
} from '@passerelle/contracts';
import { CurrentUser, Public, Roles } from '../common/auth.decorators';
import type { AuthUser } from '../common/auth-user';
import { IdParamsDto } from '../people/people.dto';
import { PairingService } from './pairing.service';

class PairingCodeDto extends createZodDto(PairingCodeSchema) {}
class PairRequestDto extends createZodDto(PairRequestSchema) {}
class PairedDeviceDto extends createZodDto(PairedDeviceSchema) {}
class DeviceSignInRequestDto extends createZodDto(DeviceSignInRequestSchema) {}
class TokenPairDto extends createZodDto(TokenPairSchema) {}

@ApiTags('devices')
@Controller()
export class PairingController {
  constructor(private readonly pairing: PairingService) {}

  /** A single-use six-digit code (10 minutes) that pairs a tablet of this loan with its senior. */
  @ApiBearerAuth()
  @Roles('coordinator', 'federation_admin', 'volunteer')
  @Post('loans/:id/pairing-code')
  @ZodResponse({ type: PairingCodeDto, status: 201 })
  createCode(@CurrentUser() user: AuthUser, @Param() params: IdParamsDto, @Req() req: Request) {
    // The QR code opens this same server's pairing page on the tablet.
    return this.pairing.createCode(user, params.id, `${req.protocol}://${req.get('host')}`);
  }

  /** Unpairs the loan's tablet now (lost, stolen…): the loan goes on, the tablet must be paired again. */
  @ApiBearerAuth()
  @Roles('coordinator', 'federation_admin', 'volunteer')
  @Post('loans/:id/unpair')
  @HttpCode(204)
  async unpair(@CurrentUser() user: AuthUser, @Param() params: IdParamsDto): Promise<void> {
    await this.pairing.unpair(user, params.id);
  }

  @Public()
  @UseGuards(ThrottlerGuard)
  @Post('auth/pair')
  @HttpCode(200)
  @ZodResponse({ type: PairedDeviceDto, status: 200 })
  pair(@Body() body: PairRequestDto, @Headers('user-agent') userAgent?: string) {
    return this.pairing.pair(body.code, userAgent ?? null);
  }

  @Public()
  @UseGuards(ThrottlerGuard)
  @Post('auth/device')
  @HttpCode(200)
  @ZodResponse({ type: TokenPairDto, status: 200 })
  signIn(@Body() body: DeviceSignInRequestDto, @Headers('user-agent') userAgent?: string) {
    return this.pairing.signIn(body.credential, userAgent ?? null);
  }
}
