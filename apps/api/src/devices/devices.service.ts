import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import type {
  CreateDevice,
  CreateKit,
  Device,
  DeviceStatus,
  DeviceLabelsQuery,
  DeviceLearning,
  DevicesQuery,
  HandoverChecklist,
  Loan,
  LoansQuery,
  Paginated,
  ReturnChecklist,
  UpdateDevice,
} from '@passerelle/contracts';
import type { AuthUser } from '../common/auth-user';
import { ForbiddenError, InvalidFieldError, NotFoundError } from '../common/domain-error';
import { PeopleService } from '../people/people.service';
import { renderLabelsPdf } from './labels.pdf';
import { KIND_LABELS } from './device-labels';
import { managerScope, targetCentre } from '../common/manager-scope';
import { todayInParis } from '../common/calendar';
import { isUniqueViolation } from '../common/pg-errors';
import { escapeLike, foldForSearch, searchText } from '../people/search-text';
import {
  AssetTagTakenError,
  DeviceOnLoanError,
  DeviceUnavailableError,
  LoanAlreadyReturnedError,
} from './devices.errors';

interface DeviceRow {
  household_id: string | null;
  id: string;
  centre_id: string;
  kind: Device['kind'];
  model: string;
  serial_number: string | null;
  asset_tag: string;
  funding_source: string | null;
  accessories: Device['accessories'];
  condition: Device['condition'];
  status: DeviceStatus;
  notes: string | null;
  created_at: Date;
  updated_at: Date;
  loan_id: string | null;
  kit_id: string | null;
  loan_kind: 'loan' | 'gift' | null;
  person_id: string | null;
  person_name: string | null;
  started_on: string | null;
  due_on: string | null;
}

const DEVICE_SELECT = `
  SELECT d.*, l.id AS loan_id, l.kit_id, l.kind AS loan_kind, l.person_id, l.household_id, l.started_on, l.due_on,
         coalesce(p.first_name || ' ' || p.last_name, h.name) AS person_name
    FROM devices d
    JOIN centres c ON c.id = d.centre_id
    LEFT JOIN loans l ON l.device_id = d.id AND l.returned_at IS NULL
    LEFT JOIN people p ON p.id = l.person_id
    LEFT JOIN households h ON h.id = l.household_id`;

/** Inventory of devices and their loans and gifts, per centre (a federation admin sees every centre). */
@Injectable()
export class DevicesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly people: PeopleService,
  ) {}

  async list(user: AuthUser, query: DevicesQuery): Promise<Paginated<Device>> {
    const [filter, params] = this.filter(user, query);
    const [{ total }] = await this.db.query(
      `SELECT count(*)::int AS total FROM devices d JOIN centres c ON c.id = d.centre_id WHERE ${filter}`,
      params,
    );
    // Page the narrow device rows first (index on centre and asset tag), then join the loans of
    // those 20 only: sorting every joined row made large inventories slow (bench/README.md).
    const rows: DeviceRow[] = await this.db.query(
      `${DEVICE_SELECT}
        WHERE d.id IN (SELECT d.id FROM devices d JOIN centres c ON c.id = d.centre_id WHERE ${filter}
                        ORDER BY d.asset_tag LIMIT $${params.length + 1} OFFSET $${params.length + 2})
        ORDER BY d.asset_tag`,
      [...params, query.pageSize, (query.page - 1) * query.pageSize],
    );
    return { items: rows.map(toDevice), total, page: query.page, pageSize: query.pageSize };
  }

  /** A printable A4 sheet of QR asset labels, for chosen devices or the filtered inventory (≤ 500). */
  async labels(user: AuthUser, query: DeviceLabelsQuery, appUrl: string): Promise<Uint8Array> {
    const [filter, params] = this.filter(user, query);
    const where = query.ids ? `${filter} AND d.id = ANY($${params.push(query.ids)}::uuid[])` : filter;
    const rows: Array<DeviceRow & { centre_name: string }> = await this.db.query(
      `SELECT d.*, c.name AS centre_name FROM devices d JOIN centres c ON c.id = d.centre_id
        WHERE ${where} ORDER BY d.asset_tag LIMIT 500`,
      params,
    );
    const area = user.role === 'coordinator' ? 'coordination' : 'federation';
    return renderLabelsPdf(
      rows.map((r) => ({
        assetTag: r.asset_tag,
        kindLabel: KIND_LABELS[r.kind],
        model: r.model,
        centreName: r.centre_name,
        url: `${appUrl}/${area}/appareils/${r.id}`,
      })),
    );
  }

  /** What was learned on this device, loan period by loan period (records are stamped server-side). */
  async learning(user: AuthUser, deviceId: string): Promise<DeviceLearning> {
    await this.get(user, deviceId);
    const periods: Array<{
      id: string;
      person_id: string;
      person_name: string;
      started_on: string;
      returned_at: Date | null;
      record_count: number;
      last_at: Date | null;
    }> = await this.db.query(
      `SELECT l.id, l.person_id, p.first_name || ' ' || p.last_name AS person_name, l.started_on, l.returned_at,
              count(r.id)::int AS record_count, max(r.occurred_at) AS last_at
         FROM loans l
         JOIN people p ON p.id = l.person_id
         LEFT JOIN learning_records r ON r.loan_id = l.id
        WHERE l.device_id = $1
        GROUP BY l.id, p.id
        ORDER BY l.started_on DESC, l.created_at DESC`,
      [deviceId],
    );
    const loanIds = periods.map((p) => p.id);
    const courses: Array<{
      loan_id: string;
      course_id: string;
      title: string;
      steps_done: number;
      step_count: number;
      completed: boolean;
    }> = await this.db.query(
      `SELECT r.loan_id, r.course_id, cv.title,
              count(DISTINCT r.step_key)::int AS steps_done,
              jsonb_array_length(jsonb_path_query_array(cv.content, '$.modules[*].lessons[*].steps[*]'))::int AS step_count,
              bool_or(e.status = 'completed' AND e.completed_at >= l.started_on
                      AND (l.returned_at IS NULL OR e.completed_at <= l.returned_at)) AS completed
         FROM learning_records r
         JOIN loans l ON l.id = r.loan_id
         JOIN course_versions cv ON cv.course_id = r.course_id AND cv.status = 'published'
         LEFT JOIN enrolments e ON e.person_id = r.person_id AND e.course_id = r.course_id
        WHERE r.loan_id = ANY($1::uuid[])
        GROUP BY r.loan_id, r.course_id, cv.title, cv.content
        ORDER BY cv.title`,
      [loanIds],
    );
    const recent: Array<{
      id: string;
      loan_id: string;
      occurred_at: Date;
      verb: string;
      title: string;
      step_title: string | null;
    }> = await this.db.query(
      `SELECT * FROM (
         SELECT r.id, r.loan_id, r.occurred_at, r.verb, cv.title,
                coalesce(
                  jsonb_path_query_first(cv.content, '$.modules[*].lessons[*].steps[*] ? (@.key == $k).title',
                                         jsonb_build_object('k', r.step_key)) #>> '{}',
                  jsonb_path_query_first(cv.content, '$.modules[*].lessons[*] ? (exists(@.steps[*] ? (@.key == $k))).title',
                                         jsonb_build_object('k', r.step_key)) #>> '{}') AS step_title,
                row_number() OVER (PARTITION BY r.loan_id ORDER BY r.occurred_at DESC, r.id) AS n
           FROM learning_records r
           JOIN course_versions cv ON cv.course_id = r.course_id AND cv.status = 'published'
          WHERE r.loan_id = ANY($1::uuid[])) t
        WHERE n <= 10 ORDER BY occurred_at DESC`,
      [loanIds],
    );
    return {
      deviceId,
      periods: periods.map((p) => ({
        loanId: p.id,
        personId: p.person_id,
        personName: p.person_name,
        startedOn: p.started_on,
        returnedAt: p.returned_at ? new Date(p.returned_at).toISOString() : null,
        recordCount: p.record_count,
        lastActivityAt: p.last_at ? new Date(p.last_at).toISOString() : null,
        courses: courses
          .filter((c) => c.loan_id === p.id)
          .map((c) => ({
            courseId: c.course_id,
            title: c.title,
            stepsDone: c.steps_done,
            stepCount: c.step_count,
            completed: c.completed,
          })),
        recent: recent
          .filter((r) => r.loan_id === p.id)
          .map((r) => ({
            id: r.id,
            at: new Date(r.occurred_at).toISOString(),
            verb: r.verb,
            courseTitle: r.title,
            stepTitle: r.step_title,
          })),
      })),
    };
  }

  private filter(
    user: AuthUser,
    query: Pick<DevicesQuery, 'q' | 'kind' | 'status' | 'centreId'>,
  ): [string, unknown[]] {
    const [scope, params] = this.scope(user);
    const where = [scope];
    if (query.centreId) where.push(`d.centre_id = $${params.push(query.centreId)}`);
    if (query.kind) where.push(`d.kind = $${params.push(query.kind)}`);
    if (query.status) where.push(`d.status = $${params.push(query.status)}`);
    for (const word of query.q ? foldForSearch(query.q).split(' ').filter(Boolean) : []) {
      where.push(`d.search_text LIKE $${params.push(`%${escapeLike(word)}%`)} ESCAPE '\\'`);
    }
    return [where.join(' AND '), params];
  }

  /**
   * The tablet a person has on loan now (the latest lent, should there be several), in the caller's
   * transaction; null when none. No scope check: the caller has already checked the person.
   */
  async currentTabletOf(manager: EntityManager, personId: string): Promise<string | null> {
    const [row]: Array<{ device_id: string }> = await manager.query(
      `SELECT l.device_id FROM loans l JOIN devices d ON d.id = l.device_id
        WHERE l.person_id = $1 AND l.returned_at IS NULL AND d.kind = 'tablet'
        ORDER BY l.started_on DESC, l.created_at DESC LIMIT 1`,
      [personId],
    );
    return row?.device_id ?? null;
  }

  async get(user: AuthUser, id: string, manager: EntityManager = this.db.manager): Promise<Device> {
    const [scope, params] = this.scope(user);
    const rows: DeviceRow[] = await manager.query(
      `${DEVICE_SELECT} WHERE ${scope} AND d.id = $${params.length + 1}`,
      [...params, id],
    );
    if (!rows[0]) throw new NotFoundError('Appareil');
    return toDevice(rows[0]);
  }

  async create(user: AuthUser, input: CreateDevice): Promise<Device> {
    const centreId = await targetCentre(this.db.manager, user, input.centreId);
    const id = await this.db.transaction(async (tx) => {
      const assetTag = input.assetTag ?? (await this.nextAssetTag(tx, centreId));
      const [row] = await this.translateConflicts(() =>
        tx.query(
          `INSERT INTO devices (centre_id, kind, model, serial_number, asset_tag, funding_source, accessories, condition, notes, search_text)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
          [
            centreId,
            input.kind,
            input.model,
            input.serialNumber ?? null,
            assetTag,
            input.fundingSource ?? null,
            input.accessories,
            input.condition,
            input.notes ?? null,
            searchText([assetTag, input.model, input.serialNumber, input.fundingSource]),
          ],
        ),
      );
      await this.event(tx, centreId, row.id, user, 'created', null, 'in_stock', { assetTag });
      return row.id as string;
    });
    return this.get(user, id);
  }

  async update(user: AuthUser, id: string, input: UpdateDevice): Promise<Device> {
    const device = await this.get(user, id);
    if (input.status && (device.status === 'on_loan' || device.status === 'given'))
      throw new DeviceOnLoanError();
    const next = { ...device, ...input };
    await this.db.transaction(async (tx) => {
      await this.translateConflicts(() =>
        tx.query(
          `UPDATE devices SET kind = $2, model = $3, serial_number = $4, asset_tag = $5, funding_source = $6,
                  accessories = $7, condition = $8, notes = $9, status = $10, search_text = $11, updated_at = now()
            WHERE id = $1`,
          [
            id,
            next.kind,
            next.model,
            next.serialNumber ?? null,
            next.assetTag,
            next.fundingSource ?? null,
            next.accessories,
            next.condition,
            next.notes ?? null,
            next.status,
            searchText([next.assetTag, next.model, next.serialNumber, next.fundingSource]),
          ],
        ),
      );
      const changed = Object.keys(input).filter((k) => k !== 'status');
      if (input.status && input.status !== device.status) {
        await this.event(tx, device.centreId, id, user, 'status_changed', device.status, input.status, {});
      }
      if (changed.length > 0)
        await this.event(tx, device.centreId, id, user, 'updated', null, null, { fields: changed });
    });
    return this.get(user, id);
  }

  async history(user: AuthUser, id: string) {
    await this.get(user, id);
    const rows: Array<{
      id: string;
      type: string;
      from_status: DeviceStatus | null;
      to_status: DeviceStatus | null;
      at: Date;
      by_name: string | null;
      details: Record<string, unknown>;
    }> = await this.db.query(
      `SELECT e.id, e.type, e.from_status, e.to_status, e.at, e.details, p.first_name || ' ' || p.last_name AS by_name
         FROM device_events e LEFT JOIN people p ON p.id = e.by_id
        WHERE e.device_id = $1 ORDER BY e.at DESC, e.id`,
      [id],
    );
    return rows.map((r) => ({
      id: r.id,
      type: r.type as 'created',
      fromStatus: r.from_status,
      toStatus: r.to_status,
      at: new Date(r.at).toISOString(),
      byName: r.by_name,
      details: r.details,
    }));
  }

  /**
   * Lends (with a due date) or gives a kit of devices to one person of the same centre. A device is
   * with one person at a time: the check here answers clearly, and the `one_active_loan_per_device`
   * index settles two requests racing for the same device.
   */
  async lend(user: AuthUser, kit: CreateKit): Promise<Loan[]> {
    this.assertManager(user);
    const recipient = await this.recipient(user, kit);
    const kitId = randomUUID();
    const startedOn = kit.startedOn ?? todayInParis();
    await this.db.transaction(async (tx) => {
      if (kit.campaignId) {
        const rows: unknown[] = await tx.query(`SELECT 1 FROM campaigns WHERE id = $1 AND centre_id = $2`, [
          kit.campaignId,
          recipient.centreId,
        ]);
        if (rows.length === 0)
          throw new InvalidFieldError('campaignId', 'Cette campagne n’existe pas dans ce centre.');
      }
      for (const deviceId of kit.deviceIds) {
        const device = await this.get(user, deviceId, tx);
        if (device.centreId !== recipient.centreId) throw new NotFoundError('Appareil');
        if (device.status !== 'in_stock') throw new DeviceUnavailableError(device.assetTag, device.status);
        await this.translateConflicts(
          () =>
            tx.query(
              `INSERT INTO loans (kit_id, centre_id, device_id, person_id, household_id, kind, started_on, due_on,
                                  campaign_id, handover, created_by_id)
               VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
              [
                kitId,
                device.centreId,
                deviceId,
                kit.personId ?? null,
                kit.householdId ?? null,
                kit.kind,
                startedOn,
                kit.dueOn ?? null,
                kit.campaignId ?? null,
                kit.handover ? JSON.stringify(kit.handover) : null,
                user.id,
              ],
            ),
          () => new DeviceUnavailableError(device.assetTag, 'on_loan'),
        );
        const status: DeviceStatus = kit.kind === 'loan' ? 'on_loan' : 'given';
        // The guarded UPDATE settles a race with a manual status change made meanwhile.
        const [, changed]: [unknown[], number] = await tx.query(
          `UPDATE devices SET status = $2, updated_at = now() WHERE id = $1 AND status = 'in_stock'`,
          [deviceId, status],
        );
        if (changed === 0) throw new DeviceUnavailableError(device.assetTag, 'on_loan');
        await this.event(
          tx,
          device.centreId,
          deviceId,
          user,
          kit.kind === 'loan' ? 'lent' : 'given',
          device.status,
          status,
          {
            kitId,
            personId: kit.personId ?? null,
            householdId: kit.householdId ?? null,
            recipientName: recipient.name,
            dueOn: kit.dueOn ?? null,
          },
        );
      }
    });
    return this.loans(user, { status: 'all', kitId });
  }

  /** Moves the due date of every open loan of the kit; reminders re-arm for the new date. */
  async extend(user: AuthUser, loanId: string, dueOn: string): Promise<Loan[]> {
    this.assertManager(user);
    const loan = await this.loan(user, loanId);
    if (loan.returnedAt || loan.kind === 'gift') throw new LoanAlreadyReturnedError();
    if (dueOn < loan.startedOn)
      throw new InvalidFieldError('dueOn', 'Le retour ne peut pas précéder le début du prêt.');
    await this.db.transaction(async (tx) => {
      const rows: Array<{ id: string; device_id: string; due_on: string }> = await tx.query(
        `SELECT id, device_id, due_on FROM loans
          WHERE kit_id = $1 AND returned_at IS NULL AND kind = 'loan' ORDER BY id FOR UPDATE`,
        [loan.kitId],
      );
      await tx.query(
        `UPDATE loans SET due_on = $2, due_extended_count = due_extended_count + 1 WHERE id = ANY($1::uuid[])`,
        [rows.map((r) => r.id), dueOn],
      );
      for (const row of rows) {
        await this.event(tx, loan.centreId, row.device_id, user, 'extended', null, null, {
          loanId: row.id,
          fromDueOn: row.due_on,
          toDueOn: dueOn,
          dueOn,
        });
      }
    });
    return this.loans(user, { status: 'active', kitId: loan.kitId });
  }

  /** Ends a loan with its checklist; the device goes back in stock (or in repair when damaged). */
  async returnLoan(user: AuthUser, loanId: string, checklist: ReturnChecklist): Promise<Loan> {
    const loan = await this.loan(user, loanId);
    if (loan.returnedAt || loan.kind === 'gift') throw new LoanAlreadyReturnedError();
    await this.db.transaction(async (tx) => {
      // TypeORM answers an UPDATE … RETURNING with [rows, affected]; no row means a concurrent return won.
      const [updated]: [unknown[], number] = await tx.query(
        `UPDATE loans SET returned_at = now(), return_checklist = $2 WHERE id = $1 AND returned_at IS NULL RETURNING id`,
        [loanId, JSON.stringify(checklist)],
      );
      if (updated.length === 0) throw new LoanAlreadyReturnedError();
      const status: DeviceStatus = checklist.condition === 'damaged' ? 'in_repair' : 'in_stock';
      await tx.query(`UPDATE devices SET status = $2, condition = $3, updated_at = now() WHERE id = $1`, [
        loan.deviceId,
        status,
        checklist.condition,
      ]);
      await this.event(tx, loan.centreId, loan.deviceId, user, 'returned', 'on_loan', status, {
        loanId,
        checklist,
      });
      // The tablet stops opening onto this senior's home: credential and its sessions end with the loan.
      await tx.query(
        `UPDATE device_credentials SET revoked_at = now() WHERE loan_id = $1 AND revoked_at IS NULL`,
        [loanId],
      );
      await tx.query(
        `UPDATE refresh_tokens SET revoked_at = now() WHERE device_id = $1 AND person_id = $2 AND revoked_at IS NULL`,
        [loan.deviceId, loan.personId],
      );
    });
    return this.loan(user, loanId);
  }

  async loans(user: AuthUser, query: LoansQuery): Promise<Loan[]> {
    const [scope, params] = await this.loanScope(user, query);
    const where = [scope];
    if (query.status === 'active') where.push('l.returned_at IS NULL');
    if (query.status === 'overdue')
      where.push(`l.returned_at IS NULL AND l.due_on < $${params.push(todayInParis())}`);
    if (query.personId) where.push(`l.person_id = $${params.push(query.personId)}`);
    if (query.householdId) where.push(`l.household_id = $${params.push(query.householdId)}`);
    if (query.deviceId) where.push(`l.device_id = $${params.push(query.deviceId)}`);
    if (query.kitId) where.push(`l.kit_id = $${params.push(query.kitId)}`);
    const rows: LoanRow[] = await this.db.query(
      `${LOAN_SELECT} WHERE ${where.join(' AND ')} ORDER BY l.due_on NULLS LAST, l.created_at`,
      params,
    );
    return rows.map(toLoan);
  }

  /** Managers see their centre (or federation); a volunteer only the loans of a senior they coach. */
  private async loanScope(user: AuthUser, query: LoansQuery): Promise<[string, unknown[]]> {
    if (user.role === 'volunteer') {
      if (!query.personId || !(await this.people.coaches(user.id, query.personId)))
        throw new NotFoundError('Senior');
      return ['l.centre_id = $1', [user.centreId]];
    }
    return this.scope(user, 'l.centre_id');
  }

  /** The senior or household a kit goes to, visible to the user and active. */
  private async recipient(user: AuthUser, kit: CreateKit): Promise<{ centreId: string; name: string }> {
    if (kit.personId) {
      const person = await this.people.visiblePerson(user, kit.personId);
      if (!person.active) throw new InvalidFieldError('personId', 'Cette personne est désactivée.');
      if (person.role !== 'senior')
        throw new InvalidFieldError('personId', 'Le matériel est prêté ou donné à un senior ou à un foyer.');
      return { centreId: person.centreId!, name: `${person.firstName} ${person.lastName}` };
    }
    const [scope, params] = this.scope(user, 'h.centre_id');
    const [household] = await this.db.query(
      `SELECT h.centre_id, h.name FROM households h JOIN centres c ON c.id = h.centre_id
        WHERE ${scope} AND h.id = $${params.length + 1}`,
      [...params, kit.householdId],
    );
    if (!household) throw new NotFoundError('Foyer');
    return { centreId: household.centre_id, name: household.name };
  }

  private async loan(user: AuthUser, id: string): Promise<Loan> {
    const [scope, params] = this.scope(user, 'l.centre_id');
    const rows: LoanRow[] = await this.db.query(
      `${LOAN_SELECT} WHERE ${scope} AND l.id = $${params.length + 1}`,
      [...params, id],
    );
    if (!rows[0]) throw new NotFoundError('Prêt');
    return toLoan(rows[0]);
  }

  /** Coordinators see their centre; federation admins every centre of the federation (`centres c` joined). */
  private scope(user: AuthUser, centreColumn = 'd.centre_id'): [string, unknown[]] {
    const params: unknown[] = [];
    return [managerScope(user, centreColumn, params), params];
  }

  private assertManager(user: AuthUser): void {
    if (user.role !== 'coordinator' && user.role !== 'federation_admin') throw new ForbiddenError();
  }

  /** "LIL-0042": three letters of the centre's town and the next number. */
  private async nextAssetTag(tx: EntityManager, centreId: string): Promise<string> {
    const [centre] = await tx.query(`SELECT town FROM centres WHERE id = $1`, [centreId]);
    const prefix = (
      foldForSearch(centre.town)
        .replace(/[^a-z]/g, '')
        .slice(0, 3) || 'app'
    ).toUpperCase();
    const [{ n }] = await tx.query(
      `SELECT coalesce(max(substring(asset_tag from '[0-9]+$')::int), 0) + 1 AS n FROM devices WHERE asset_tag LIKE $1`,
      [`${prefix}-%`],
    );
    return `${prefix}-${String(n).padStart(4, '0')}`;
  }

  private async event(
    tx: EntityManager,
    centreId: string,
    deviceId: string,
    user: AuthUser,
    type: string,
    from: DeviceStatus | null,
    to: DeviceStatus | null,
    details: Record<string, unknown>,
  ): Promise<void> {
    await tx.query(
      `INSERT INTO device_events (centre_id, device_id, type, from_status, to_status, by_id, details)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [centreId, deviceId, type, from, to, user.id, JSON.stringify(details)],
    );
  }

  private async translateConflicts<T>(
    work: () => Promise<T>,
    error: () => Error = () => new AssetTagTakenError(),
  ): Promise<T> {
    try {
      return await work();
    } catch (e) {
      if (isUniqueViolation(e)) throw error();
      throw e;
    }
  }
}

interface LoanRow {
  id: string;
  kit_id: string;
  centre_id: string;
  device_id: string;
  asset_tag: string;
  device_kind: Device['kind'];
  model: string;
  person_id: string | null;
  household_id: string | null;
  campaign_id: string | null;
  person_name: string;
  handover: HandoverChecklist | null;
  agreement_id: string | null;
  paired: boolean;
  kind: 'loan' | 'gift';
  started_on: string;
  due_on: string | null;
  returned_at: Date | null;
  return_checklist: ReturnChecklist | null;
  overdue: boolean;
  accessories: Device['accessories'];
}

const LOAN_SELECT = `
  SELECT l.*, d.asset_tag, d.accessories, d.kind AS device_kind, d.model,
         coalesce(p.first_name || ' ' || p.last_name, h.name) AS person_name, a.id AS agreement_id,
         EXISTS (SELECT 1 FROM device_credentials dc WHERE dc.loan_id = l.id AND dc.revoked_at IS NULL) AS paired,
         (l.returned_at IS NULL AND l.due_on IS NOT NULL AND l.due_on < (now() AT TIME ZONE 'Europe/Paris')::date) AS overdue
    FROM loans l
    JOIN devices d ON d.id = l.device_id
    JOIN centres c ON c.id = l.centre_id
    LEFT JOIN people p ON p.id = l.person_id
    LEFT JOIN households h ON h.id = l.household_id
    LEFT JOIN loan_agreements a ON a.kit_id = l.kit_id`;

function toDevice(r: DeviceRow): Device {
  return {
    id: r.id,
    centreId: r.centre_id,
    kind: r.kind,
    model: r.model,
    serialNumber: r.serial_number,
    assetTag: r.asset_tag,
    fundingSource: r.funding_source,
    accessories: r.accessories,
    condition: r.condition,
    status: r.status,
    notes: r.notes,
    currentLoan:
      r.loan_id && r.kit_id && r.loan_kind && r.started_on
        ? {
            id: r.loan_id,
            kitId: r.kit_id,
            kind: r.loan_kind,
            personId: r.person_id,
            householdId: r.household_id,
            recipientName: r.person_name ?? '',
            startedOn: r.started_on,
            dueOn: r.due_on,
          }
        : null,
    createdAt: new Date(r.created_at).toISOString(),
    updatedAt: new Date(r.updated_at).toISOString(),
  };
}

function toLoan(r: LoanRow): Loan {
  const checklist = r.return_checklist;
  const returnIssues = checklist
    ? [
        ...r.accessories.filter((a) => !checklist.accessoriesReturned.includes(a)).map((a) => `missing:${a}`),
        ...(checklist.personalDataWiped ? [] : ['personal_data_not_wiped']),
      ]
    : [];
  return {
    id: r.id,
    kitId: r.kit_id,
    centreId: r.centre_id,
    deviceId: r.device_id,
    assetTag: r.asset_tag,
    deviceKind: r.device_kind,
    deviceModel: r.model,
    personId: r.person_id,
    householdId: r.household_id,
    recipientName: r.person_name,
    campaignId: r.campaign_id,
    kind: r.kind,
    startedOn: r.started_on,
    dueOn: r.due_on,
    returnedAt: r.returned_at ? new Date(r.returned_at).toISOString() : null,
    overdue: r.overdue,
    returnIssues,
    handover: r.handover,
    agreementId: r.agreement_id,
    paired: r.paired,
  };
}
