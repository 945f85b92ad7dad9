import { createZodDto } from 'nestjs-zod';
import {
  LoginRequestSchema,
  LogoutRequestSchema,
  MeSchema,
  RefreshRequestSchema,
  TokenPairSchema,
} from '@passerelle/contracts';

export class LoginRequestDto extends createZodDto(LoginRequestSchema) {}
export class RefreshRequestDto extends createZodDto(RefreshRequestSchema) {}
export class LogoutRequestDto extends createZodDto(LogoutRequestSchema) {}
export class TokenPairDto extends createZodDto(TokenPairSchema) {}
export class MeDto extends createZodDto(MeSchema) {}
