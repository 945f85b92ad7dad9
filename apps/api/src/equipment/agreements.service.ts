import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { PDFDocument } from 'pdf-lib';
import { DataSource } from 'typeorm';
import type {
  Agreement,
  AgreementsQuery,
  AgreementTemplate,
  SignAgreement,
  UpdateAgreementTemplate,
} from '@passerelle/contracts';
import type { AuthUser } from '../common/auth-user';
import { ConflictError, InvalidFieldError, NotFoundError } from '../common/domain-error';
import { PeopleService } from '../people/people.service';
import { DEFAULT_AGREEMENT_BODY, DEFAULT_AGREEMENT_TITLE, fillAgreement } from './agreement-template';
import { renderAgreementPdf } from './agreement.pdf';
import { ACCESSORY_LABELS, KIND_LABELS } from '../devices/device-labels';
import { managerScope } from '../common/manager-scope';

export class AgreementAlreadySignedError extends ConflictError {
  override readonly code = 'agreement_already_signed';
  constructor() {
    super('La convention de ce matériel est déjà signée.');
  }
}

const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

interface KitRow {
  kit_id: string;
  centre_id: string;
  centre_name: string;
  person_id: string | null;
  household_id: string | null;
  recipient_name: string;
  kind: 'loan' | 'gift';
  started_on: string;
  due_on: string | null;
  asset_tag: string;
  device_kind: string;
  model: string;
  accessories: string[];
  handover: { accessories: string[] } | null;
}

interface AgreementRow {
  id: string;
  kit_id: string;
  centre_id: string;
  recipient_name: string;
  title: string;
  text: string;
  template_version: number;
  asset_tags: string[];
  signer_name: string;
  signed_at: Date;
  witness_name: string | null;
}

/**
 * Loan (or gift) agreements signed in person with a finger, one per kit. The text is filled from the
 * centre's template when shown and frozen, with the drawn signature, when signed.
 */
@Injectable()
export class AgreementsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly people: PeopleService,
  ) {}

  async template(user: AuthUser, centreId: string): Promise<AgreementTemplate> {
    await this.assertCentre(user, centreId);
    const [row] = await this.db.query(`SELECT * FROM agreement_templates WHERE centre_id = $1`, [centreId]);
    return row
      ? {
          centreId,
          title: row.title,
          body: row.body,
          version: row.version,
          updatedAt: new Date(row.updated_at).toISOString(),
        }
      : {
          centreId,
          title: DEFAULT_AGREEMENT_TITLE,
          body: DEFAULT_AGREEMENT_BODY,
          version: 1,
          updatedAt: new Date(0).toISOString(),
        };
  }

  async saveTemplate(
    user: AuthUser,
    centreId: string,
    input: UpdateAgreementTemplate,
  ): Promise<AgreementTemplate> {
    await this.assertCentre(user, centreId);
    // The first save of a centre's own text is version 2: version 1 is the default everybody starts with.
    await this.db.query(
      `INSERT INTO agreement_templates (centre_id, title, body, version, updated_by_id) VALUES ($1, $2, $3, 2, $4)
       ON CONFLICT (centre_id) DO UPDATE
         SET title = EXCLUDED.title, body = EXCLUDED.body, version = agreement_templates.version + 1,
             updated_by_id = EXCLUDED.updated_by_id, updated_at = now()`,
      [centreId, input.title, input.body, user.id],
    );
    return this.template(user, centreId);
  }

  /** The agreement of a kit: as signed, or ready to be read and signed. */
  async forKit(user: AuthUser, kitId: string): Promise<Agreement> {
    const kit = await this.kit(user, kitId);
    const signed = await this.signedRows(`a.kit_id = $1`, [kitId]);
    if (signed[0]) return toAgreement(signed[0]);
    const template = await this.templateRow(kit[0]!.centre_id);
    return {
      id: null,
      kitId,
      centreId: kit[0]!.centre_id,
      recipientName: kit[0]!.recipient_name,
      title: template.title,
      text: this.fill(template.body, kit),
      templateVersion: template.version,
      signed: false,
      signerName: null,
      signedAt: null,
      witnessName: null,
      assetTags: kit.map((k) => k.asset_tag),
    };
  }

  async sign(user: AuthUser, kitId: string, input: SignAgreement): Promise<Agreement> {
    const kit = await this.kit(user, kitId);
    const png = Buffer.from(input.signature.slice(input.signature.indexOf(',') + 1), 'base64');
    if (png.length < 100 || !png.subarray(0, 8).equals(PNG_MAGIC) || !(await decodablePng(png)))
      throw new InvalidFieldError('signature', 'La signature doit être dessinée.');
    const template = await this.templateRow(kit[0]!.centre_id);
    const first = kit[0]!;
    const inserted: unknown[] = await this.db.query(
      `INSERT INTO loan_agreements (centre_id, kit_id, person_id, household_id, recipient_name, title, text,
                                    template_version, asset_tags, signer_name, signature_png, witness_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
       ON CONFLICT (kit_id) DO NOTHING RETURNING id`,
      [
        first.centre_id,
        kitId,
        first.person_id,
        first.household_id,
        first.recipient_name,
        template.title,
        this.fill(template.body, kit),
        template.version,
        kit.map((k) => k.asset_tag),
        input.signerName,
        png,
        user.id,
      ],
    );
    if (inserted.length === 0) throw new AgreementAlreadySignedError();
    return this.forKit(user, kitId);
  }

  async list(user: AuthUser, query: AgreementsQuery): Promise<Agreement[]> {
    const params: unknown[] = [];
    const where: string[] = [];
    if (user.role === 'volunteer') {
      if (!query.personId || !(await this.people.coaches(user.id, query.personId)))
        throw new NotFoundError('Senior');
      where.push(`a.centre_id = $${params.push(user.centreId)}`);
    } else where.push(managerScope(user, 'a.centre_id', params));
    if (query.personId) where.push(`a.person_id = $${params.push(query.personId)}`);
    if (query.householdId) where.push(`a.household_id = $${params.push(query.householdId)}`);
    if (query.deviceId)
      where.push(`a.kit_id IN (SELECT kit_id FROM loans WHERE device_id = $${params.push(query.deviceId)})`);
    return (await this.signedRows(where.join(' AND '), params)).map(toAgreement);
  }

  async pdf(user: AuthUser, id: string): Promise<{ filename: string; bytes: Uint8Array }> {
    const params: unknown[] = [id];
    const where = ['a.id = $1'];
    if (user.role === 'volunteer')
      where.push(
        `a.person_id IN (SELECT senior_id FROM coaching_assignments WHERE volunteer_id = $${params.push(user.id)} AND ended_at IS NULL)`,
      );
    else where.push(managerScope(user, 'a.centre_id', params));
    const [row] = await this.db.query(
      `SELECT a.*, c.name AS centre_name, w.first_name || ' ' || w.last_name AS witness_name
         FROM loan_agreements a JOIN centres c ON c.id = a.centre_id LEFT JOIN people w ON w.id = a.witness_id
        WHERE ${where.join(' AND ')}`,
      params,
    );
    if (!row) throw new NotFoundError('Convention');
    return {
      filename: `convention-${(row.asset_tags as string[]).join('-')}.pdf`,
      bytes: await renderAgreementPdf({
        centreName: row.centre_name,
        title: row.title,
        text: row.text,
        signerName: row.signer_name,
        signedAt: new Date(row.signed_at),
        witnessName: row.witness_name,
        signaturePng: row.signature_png as Buffer,
      }),
    };
  }

  /** The kit's loans, if the user may run its agreement: a manager of its centre, or the senior's volunteer. */
  private async kit(user: AuthUser, kitId: string): Promise<KitRow[]> {
    const params: unknown[] = [kitId];
    const scope =
      user.role === 'volunteer'
        ? `l.person_id IN (SELECT senior_id FROM coaching_assignments WHERE volunteer_id = $${params.push(user.id)} AND ended_at IS NULL)`
        : managerScope(user, 'l.centre_id', params);
    const rows: KitRow[] = await this.db.query(
      `SELECT l.kit_id, l.centre_id, c.name AS centre_name, l.person_id, l.household_id, l.kind, l.started_on, l.due_on,
              l.handover, coalesce(p.first_name || ' ' || p.last_name, h.name) AS recipient_name,
              d.asset_tag, d.kind AS device_kind, d.model, d.accessories
         FROM loans l
         JOIN centres c ON c.id = l.centre_id
         JOIN devices d ON d.id = l.device_id
         LEFT JOIN people p ON p.id = l.person_id
         LEFT JOIN households h ON h.id = l.household_id
        WHERE l.kit_id = $1 AND ${scope}
        ORDER BY d.asset_tag`,
      params,
    );
    if (rows.length === 0) throw new NotFoundError('Prêt');
    return rows;
  }

  private fill(body: string, kit: KitRow[]): string {
    const first = kit[0]!;
    return fillAgreement(body, {
      centre: first.centre_name,
      recipient: first.recipient_name,
      nature: first.kind,
      startedOn: first.started_on,
      dueOn: first.due_on,
      items: kit.map((k) => {
        const accessories = (k.handover?.accessories ?? k.accessories).map((a) => ACCESSORY_LABELS[a] ?? a);
        const base = `${KIND_LABELS[k.device_kind as keyof typeof KIND_LABELS] ?? k.device_kind} ${k.model}, n° d’inventaire ${k.asset_tag}`;
        return accessories.length ? `${base}, avec ${accessories.join(', ')}` : base;
      }),
    });
  }

  private async templateRow(centreId: string): Promise<{ title: string; body: string; version: number }> {
    const [row] = await this.db.query(
      `SELECT title, body, version FROM agreement_templates WHERE centre_id = $1`,
      [centreId],
    );
    return row ?? { title: DEFAULT_AGREEMENT_TITLE, body: DEFAULT_AGREEMENT_BODY, version: 1 };
  }

  private async signedRows(where: string, params: unknown[]): Promise<AgreementRow[]> {
    return this.db.query(
      `SELECT a.id, a.kit_id, a.centre_id, a.recipient_name, a.title, a.text, a.template_version, a.asset_tags,
              a.signer_name, a.signed_at, w.first_name || ' ' || w.last_name AS witness_name
         FROM loan_agreements a JOIN centres c ON c.id = a.centre_id LEFT JOIN people w ON w.id = a.witness_id
        WHERE ${where} ORDER BY a.signed_at DESC`,
      params,
    );
  }

  private async assertCentre(user: AuthUser, centreId: string): Promise<void> {
    const params: unknown[] = [centreId];
    const rows: unknown[] = await this.db.query(
      `SELECT 1 FROM centres c WHERE c.id = $1 AND ${managerScope(user, 'c.id', params)}`,
      params,
    );
    if (rows.length === 0) throw new NotFoundError('Centre');
  }
}

async function decodablePng(png: Buffer): Promise<boolean> {
  try {
    await (await PDFDocument.create()).embedPng(png);
    return true;
  } catch {
    return false;
  }
}

function toAgreement(r: AgreementRow): Agreement {
  return {
    id: r.id,
    kitId: r.kit_id,
    centreId: r.centre_id,
    recipientName: r.recipient_name,
    title: r.title,
    text: r.text,
    templateVersion: r.template_version,
    signed: true,
    signerName: r.signer_name,
    signedAt: new Date(r.signed_at).toISOString(),
    witnessName: r.witness_name,
    assetTags: r.asset_tags,
  };
}
