import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  DEVICE_KINDS,
  type Campaign,
  type CampaignReport,
  type CreateCampaign,
  type DeviceKind,
  type ProgrammeReport,
} from '@passerelle/contracts';
import type { AuthUser } from '../common/auth-user';
import { managerScope, targetCentre } from '../common/manager-scope';

interface CampaignRow {
  id: string;
  centre_id: string;
  centre_name: string;
  name: string;
  audience: Campaign['audience'];
  partner: string | null;
  starts_on: string;
  ends_on: string | null;
  households_identified: number | null;
  households_targeted: number | null;
}

const CAMPAIGN_SELECT = `SELECT g.*, c.name AS centre_name FROM campaigns g JOIN centres c ON c.id = g.centre_id`;

/** Distribution campaigns (waves) and the equipment programme report built from their kits. */
@Injectable()
export class CampaignsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async list(user: AuthUser, centreId?: string): Promise<Campaign[]> {
    const params: unknown[] = [];
    const where = [managerScope(user, 'g.centre_id', params)];
    if (centreId) where.push(`g.centre_id = $${params.push(centreId)}`);
    const rows: CampaignRow[] = await this.db.query(
      `${CAMPAIGN_SELECT} WHERE ${where.join(' AND ')} ORDER BY g.starts_on DESC, g.name`,
      params,
    );
    return rows.map(toCampaign);
  }

  async create(user: AuthUser, input: CreateCampaign): Promise<Campaign> {
    const centreId = await targetCentre(this.db.manager, user, input.centreId);
    const [{ id }] = await this.db.query(
      `INSERT INTO campaigns (centre_id, name, audience, partner, starts_on, ends_on, households_identified, households_targeted)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [
        centreId,
        input.name,
        input.audience,
        input.partner ?? null,
        input.startsOn,
        input.endsOn ?? null,
        input.householdsIdentified ?? null,
        input.householdsTargeted ?? null,
      ],
    );
    const [row]: CampaignRow[] = await this.db.query(`${CAMPAIGN_SELECT} WHERE g.id = $1`, [id]);
    return toCampaign(row!);
  }

  /**
   * Households identified → targeted → equipped, devices by kind, loans vs gifts and what is still
   * out, per campaign; plus the whole inventory in scope by kind and model.
   */
  async report(user: AuthUser, centreId?: string): Promise<ProgrammeReport> {
    const campaigns = await this.list(user, centreId);
    const stats: Array<{
      campaign_id: string;
      kind: DeviceKind;
      devices: number;
      loans: number;
      gifts: number;
      active: number;
      overdue: number;
      returned: number;
    }> = await this.db.query(
      `SELECT l.campaign_id, d.kind, count(*)::int AS devices,
              count(*) FILTER (WHERE l.kind = 'loan')::int AS loans,
              count(*) FILTER (WHERE l.kind = 'gift')::int AS gifts,
              count(*) FILTER (WHERE l.kind = 'loan' AND l.returned_at IS NULL)::int AS active,
              count(*) FILTER (WHERE l.kind = 'loan' AND l.returned_at IS NULL
                                 AND l.due_on < (now() AT TIME ZONE 'Europe/Paris')::date)::int AS overdue,
              count(*) FILTER (WHERE l.returned_at IS NOT NULL)::int AS returned
         FROM loans l JOIN devices d ON d.id = l.device_id
        WHERE l.campaign_id = ANY($1::uuid[])
        GROUP BY l.campaign_id, d.kind`,
      [campaigns.map((c) => c.id)],
    );
    const equipped: Array<{ campaign_id: string; n: number }> = await this.db.query(
      `SELECT campaign_id, count(DISTINCT coalesce(person_id, household_id))::int AS n
         FROM loans WHERE campaign_id = ANY($1::uuid[]) GROUP BY campaign_id`,
      [campaigns.map((c) => c.id)],
    );
    const params: unknown[] = [];
    const where = [managerScope(user, 'd.centre_id', params)];
    if (centreId) where.push(`d.centre_id = $${params.push(centreId)}`);
    const inventory: Array<{
      kind: DeviceKind;
      model: string;
      total: number;
      on_loan: number;
      given: number;
      in_stock: number;
    }> = await this.db.query(
      `SELECT d.kind, d.model, count(*)::int AS total,
              count(*) FILTER (WHERE d.status = 'on_loan')::int AS on_loan,
              count(*) FILTER (WHERE d.status = 'given')::int AS given,
              count(*) FILTER (WHERE d.status = 'in_stock')::int AS in_stock
         FROM devices d JOIN centres c ON c.id = d.centre_id
        WHERE ${where.join(' AND ')}
        GROUP BY d.kind, d.model ORDER BY d.kind, d.model`,
      params,
    );
    return {
      campaigns: campaigns.map((campaign): CampaignReport => {
        const rows = stats.filter((s) => s.campaign_id === campaign.id);
        const sum = (pick: (s: (typeof rows)[number]) => number) => rows.reduce((n, s) => n + pick(s), 0);
        const devicesByKind = Object.fromEntries(
          DEVICE_KINDS.map((k) => [k, rows.find((s) => s.kind === k)?.devices ?? 0]),
        ) as Record<DeviceKind, number>;
        return {
          campaign,
          equipped: equipped.find((e) => e.campaign_id === campaign.id)?.n ?? 0,
          devicesByKind,
          devicesDistributed: sum((s) => s.devices),
          loans: sum((s) => s.loans),
          gifts: sum((s) => s.gifts),
          activeLoans: sum((s) => s.active),
          overdueLoans: sum((s) => s.overdue),
          returned: sum((s) => s.returned),
        };
      }),
      inventory: inventory.map((r) => ({
        kind: r.kind,
        model: r.model,
        total: r.total,
        onLoan: r.on_loan,
        given: r.given,
        inStock: r.in_stock,
      })),
    };
  }
}

function toCampaign(r: CampaignRow): Campaign {
  return {
    id: r.id,
    centreId: r.centre_id,
    centreName: r.centre_name,
    name: r.name,
    audience: r.audience,
    partner: r.partner,
    startsOn: r.starts_on,
    endsOn: r.ends_on,
    householdsIdentified: r.households_identified,
    householdsTargeted: r.households_targeted,
  };
}
