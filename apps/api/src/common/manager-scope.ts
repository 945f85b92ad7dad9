import type { AuthUser } from './auth-user';
import { ForbiddenError, InvalidFieldError, NotFoundError } from './domain-error';
import type { EntityManager } from 'typeorm';

/**
 * SQL condition limiting rows to what a manager may see: a coordinator their centre, a federation
 * admin every centre of their federation (`centres` must be joined as `c`).
 */
export function managerScope(user: AuthUser, centreColumn: string, params: unknown[]): string {
  if (user.role === 'coordinator') return `${centreColumn} = $${params.push(user.centreId)}`;
  if (user.role === 'federation_admin') return `c.federation_id = $${params.push(user.federationId)}`;
  throw new ForbiddenError();
}

/** The centre a manager creates something in: their own, or one a federation admin names. */
export async function targetCentre(
  db: EntityManager,
  user: AuthUser,
  requested: string | undefined,
): Promise<string> {
  if (user.role === 'coordinator') {
    if (requested && requested !== user.centreId) throw new NotFoundError('Centre');
    return user.centreId!;
  }
  if (user.role !== 'federation_admin') throw new ForbiddenError();
  if (!requested) throw new InvalidFieldError('centreId', 'Choisissez le centre.');
  const rows: unknown[] = await db.query(`SELECT 1 FROM centres WHERE id = $1 AND federation_id = $2`, [
    requested,
    user.federationId,
  ]);
  if (rows.length === 0) throw new NotFoundError('Centre');
  return requested;
}
