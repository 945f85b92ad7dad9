import type { EntityManager } from 'typeorm';
import type { AuthUser } from '../common/auth-user';
import { ForbiddenError, NotFoundError } from '../common/domain-error';

export interface VolunteerRef {
  id: string;
  centreId: string;
  firstName: string;
  lastName: string;
  active: boolean;
}

/**
 * A volunteer the caller may manage: a coordinator's own centre, a federation admin's federation,
 * or the volunteer themself. Anyone else's volunteer is "not found", never "forbidden".
 */
export async function managedVolunteer(
  manager: EntityManager,
  user: AuthUser,
  volunteerId: string,
): Promise<VolunteerRef> {
  const params: unknown[] = [volunteerId];
  const rows: Array<{
    id: string;
    centre_id: string;
    first_name: string;
    last_name: string;
    active: boolean;
  }> = await manager.query(
    `SELECT p.id, p.centre_id, p.first_name, p.last_name, p.active
         FROM people p JOIN centres c ON c.id = p.centre_id
        WHERE p.id = $1 AND p.role = 'volunteer' AND ${scope(user, params)}`,
    params,
  );
  const row = rows[0];
  if (!row) throw new NotFoundError('Bénévole');
  return {
    id: row.id,
    centreId: row.centre_id,
    firstName: row.first_name,
    lastName: row.last_name,
    active: row.active,
  };
}

/** A centre the caller manages (coordinator: their own; federation admin: one of their federation). */
export async function managedCentre(
  manager: EntityManager,
  user: AuthUser,
  centreId: string,
): Promise<string> {
  if (user.role !== 'coordinator' && user.role !== 'federation_admin') throw new ForbiddenError();
  const params: unknown[] = [centreId];
  const rows: unknown[] = await manager.query(
    `SELECT 1 FROM centres c WHERE c.id = $1 AND ${scope(user, params, 'c.id')}`,
    params,
  );
  if (rows.length === 0) throw new NotFoundError('Centre');
  return centreId;
}

function scope(user: AuthUser, params: unknown[], centreColumn = 'p.centre_id'): string {
  switch (user.role) {
    case 'coordinator':
      return `${centreColumn} = $${params.push(user.centreId)}`;
    case 'federation_admin':
      return `c.federation_id = $${params.push(user.federationId)}`;
    case 'volunteer':
      return centreColumn === 'p.centre_id' ? `p.id = $${params.push(user.id)}` : 'false';
    default:
      throw new ForbiddenError();
  }
}
