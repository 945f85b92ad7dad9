import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { CreateHousehold, Household, HouseholdsQuery, Paginated } from '@passerelle/contracts';
import type { AuthUser } from '../common/auth-user';
import { NotFoundError } from '../common/domain-error';
import { escapeLike, foldForSearch, searchText } from '../people/search-text';
import { managerScope, targetCentre } from '../common/manager-scope';

interface HouseholdRow {
  id: string;
  centre_id: string;
  name: string;
  contact_phone: string | null;
  town: string | null;
  members_count: number | null;
  notes: string | null;
  created_at: Date;
}

/** Under-equipped families who receive devices from a campaign. They never sign in. */
@Injectable()
export class HouseholdsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async list(user: AuthUser, query: HouseholdsQuery): Promise<Paginated<Household>> {
    const params: unknown[] = [];
    const where = [managerScope(user, 'h.centre_id', params)];
    if (query.centreId) where.push(`h.centre_id = $${params.push(query.centreId)}`);
    for (const word of query.q ? foldForSearch(query.q).split(' ').filter(Boolean) : []) {
      where.push(`h.search_text LIKE $${params.push(`%${escapeLike(word)}%`)} ESCAPE '\\'`);
    }
    const from = `FROM households h JOIN centres c ON c.id = h.centre_id WHERE ${where.join(' AND ')}`;
    const [{ total }] = await this.db.query(`SELECT count(*)::int AS total ${from}`, params);
    const rows: HouseholdRow[] = await this.db.query(
      `SELECT h.* ${from} ORDER BY h.name, h.id LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, query.pageSize, (query.page - 1) * query.pageSize],
    );
    return { items: rows.map(toHousehold), total, page: query.page, pageSize: query.pageSize };
  }

  async get(user: AuthUser, id: string): Promise<Household> {
    const params: unknown[] = [id];
    const rows: HouseholdRow[] = await this.db.query(
      `SELECT h.* FROM households h JOIN centres c ON c.id = h.centre_id
        WHERE h.id = $1 AND ${managerScope(user, 'h.centre_id', params)}`,
      params,
    );
    if (!rows[0]) throw new NotFoundError('Foyer');
    return toHousehold(rows[0]);
  }

  async create(user: AuthUser, input: CreateHousehold): Promise<Household> {
    const centreId = await targetCentre(this.db.manager, user, input.centreId);
    const [row]: HouseholdRow[] = await this.db.query(
      `INSERT INTO households (centre_id, name, contact_phone, town, members_count, notes, search_text)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING *`,
      [
        centreId,
        input.name,
        input.contactPhone ?? null,
        input.town ?? null,
        input.membersCount ?? null,
        input.notes ?? null,
        searchText([input.name, input.town, input.contactPhone]),
      ],
    );
    return toHousehold(row!);
  }
}

function toHousehold(r: HouseholdRow): Household {
  return {
    id: r.id,
    centreId: r.centre_id,
    name: r.name,
    contactPhone: r.contact_phone,
    town: r.town,
    membersCount: r.members_count,
    notes: r.notes,
    createdAt: new Date(r.created_at).toISOString(),
  };
}
