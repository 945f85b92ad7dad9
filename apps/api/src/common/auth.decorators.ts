import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Request } from 'express';
import type { Role } from '@passerelle/contracts';
import type { AuthUser } from './auth-user';

export const IS_PUBLIC_KEY = 'passerelle:isPublic';
export const ROLES_KEY = 'passerelle:roles';

/** Opts a route out of the global JWT guard. Every other route needs a valid access token. */
export const Public = () => SetMetadata(IS_PUBLIC_KEY, true);

/** Restricts a route (or controller) to these roles; enforced by the global RolesGuard. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

/** The authenticated caller. */
export const CurrentUser = createParamDecorator((_data: unknown, ctx: ExecutionContext): AuthUser => {
  const user = ctx.switchToHttp().getRequest<Request>().user as AuthUser | undefined;
  if (!user) throw new Error('CurrentUser used on a public route');
  return user;
});
