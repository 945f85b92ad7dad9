import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { CentreSummary } from '@passerelle/contracts';
import type { AuthUser } from '../common/auth-user';

interface CentreRow {
  id: string;
  federation_id: string;
  name: string;
  town: string;
  postcode: string;
  seniors: string;
  volunteers: string;
  coordinators: string;
}

@Injectable()
export class CentresService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Federation admins see every centre of their federation; everyone else only their own centre. */
  async list(user: AuthUser): Promise<CentreSummary[]> {
    const scope = user.role === 'federation_admin' ? 'c.federation_id = $1' : 'c.id = $1';
    const rows: CentreRow[] = await this.db.query(
      `SELECT c.id, c.federation_id, c.name, c.town, c.postcode,
              count(p.id) FILTER (WHERE p.role = 'senior') AS seniors,
              count(p.id) FILTER (WHERE p.role = 'volunteer') AS volunteers,
              count(p.id) FILTER (WHERE p.role = 'coordinator') AS coordinators
         FROM centres c
         LEFT JOIN people p ON p.centre_id = c.id AND p.active
        WHERE ${scope}
        GROUP BY c.id
        ORDER BY c.name`,
      [user.role === 'federation_admin' ? user.federationId : user.centreId],
    );
    return rows.map((r) => ({
      id: r.id,
      federationId: r.federation_id,
      name: r.name,
      town: r.town,
      postcode: r.postcode,
      counts: {
        seniors: Number(r.seniors),
        volunteers: Number(r.volunteers),
        coordinators: Number(r.coordinators),
      },
    }));
  }
}
