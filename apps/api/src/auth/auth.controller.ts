import { Body, Controller, Get, Headers, HttpCode, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import { ZodResponse } from 'nestjs-zod';
import { CurrentUser, Public } from '../common/auth.decorators';
import type { AuthUser } from '../common/auth-user';
import { AuthService } from './auth.service';
import { LoginRequestDto, LogoutRequestDto, MeDto, RefreshRequestDto, TokenPairDto } from './auth.dto';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @UseGuards(ThrottlerGuard)
  @Post('login')
  @HttpCode(200)
  @ZodResponse({ type: TokenPairDto, status: 200 })
  login(@Body() body: LoginRequestDto, @Headers('user-agent') userAgent?: string) {
    return this.auth.login(body.email, body.password, { userAgent });
  }

  @Public()
  @Post('refresh')
  @HttpCode(200)
  @ZodResponse({ type: TokenPairDto, status: 200 })
  refresh(@Body() body: RefreshRequestDto, @Headers('user-agent') userAgent?: string) {
    return this.auth.refresh(body.refreshToken, { userAgent });
  }

  @Public()
  @Post('logout')
  @HttpCode(204)
  async logout(@Body() body: LogoutRequestDto): Promise<void> {
    await this.auth.logout(body.refreshToken);
  }

  @ApiBearerAuth()
  @Get('me')
  @ZodResponse({ type: MeDto })
  me(@CurrentUser() user: AuthUser) {
    return this.auth.me(user);
  }
}
