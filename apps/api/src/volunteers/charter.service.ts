import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Charter, CharterSignature, SignCharter } from '@passerelle/contracts';
import type { AuthUser } from '../common/auth-user';
import { ConflictError } from '../common/domain-error';
import { CHARTER_TEXT, CHARTER_TITLE, CHARTER_VERSION } from './charter';
import { managedVolunteer } from './volunteer-scope';

interface SignatureRow {
  id: string;
  volunteer_id: string;
  charter_version: number;
  accepted_at: Date;
}

export class CharterOutdatedError extends ConflictError {
  override readonly code = 'charter_outdated';
  constructor() {
    super(
      'La charte a changé depuis que vous l’avez ouverte : relisez la nouvelle version avant de la signer.',
    );
  }
}

/** The volunteer charter each volunteer signs in the app, once per version. */
@Injectable()
export class CharterService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async current(user: AuthUser): Promise<Charter> {
    const volunteer = await managedVolunteer(this.db.manager, user, user.id);
    const [row]: SignatureRow[] = await this.db.query(
      `SELECT * FROM volunteer_charter_signatures WHERE volunteer_id = $1 AND charter_version = $2`,
      [volunteer.id, CHARTER_VERSION],
    );
    return {
      version: CHARTER_VERSION,
      title: CHARTER_TITLE,
      text: CHARTER_TEXT,
      signedAt: row ? new Date(row.accepted_at).toISOString() : null,
    };
  }

  /** Signs the current version; signing it again returns the first signature (`created` false). */
  async sign(user: AuthUser, input: SignCharter): Promise<{ signature: CharterSignature; created: boolean }> {
    if (input.version !== undefined && input.version !== CHARTER_VERSION) throw new CharterOutdatedError();
    const volunteer = await managedVolunteer(this.db.manager, user, user.id);
    const inserted: SignatureRow[] = await this.db.query(
      `INSERT INTO volunteer_charter_signatures (centre_id, volunteer_id, charter_version)
       VALUES ($1, $2, $3) ON CONFLICT (volunteer_id, charter_version) DO NOTHING RETURNING *`,
      [volunteer.centreId, volunteer.id, CHARTER_VERSION],
    );
    const row =
      inserted[0] ??
      (
        (await this.db.query(
          `SELECT * FROM volunteer_charter_signatures WHERE volunteer_id = $1 AND charter_version = $2`,
          [volunteer.id, CHARTER_VERSION],
        )) as SignatureRow[]
      )[0]!;
    return {
      created: inserted.length > 0,
      signature: {
        id: row.id,
        volunteerId: row.volunteer_id,
        version: row.charter_version,
        signedAt: new Date(row.accepted_at).toISOString(),
      },
    };
  }
}
