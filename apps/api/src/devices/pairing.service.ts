import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomBytes, randomInt } from 'node:crypto';
import { DataSource } from 'typeorm';
import {
  PAIRING_CODE_TTL_MINUTES,
  type PairedDevice,
  type PairingCode,
  type TokenPair,
} from '@passerelle/contracts';
import type { AuthUser } from '../common/auth-user';
import { ConflictError, DomainError, ForbiddenError, NotFoundError } from '../common/domain-error';
import { AuthService } from '../auth/auth.service';
import type { DevicePairing } from '../auth/device-pairing.port';
import { PersonEntity } from '../people/person.entity';
import { PeopleService } from '../people/people.service';
import { LoanAlreadyReturnedError } from './devices.errors';
import { managerScope } from '../common/manager-scope';

export class InvalidPairingCodeError extends DomainError {
  readonly status = 401;
  readonly code = 'invalid_pairing_code';
  constructor() {
    super('Ce code ne fonctionne pas : il a peut-être expiré ou déjà servi. Demandez-en un nouveau.');
  }
}

export class InvalidDeviceCredentialError extends DomainError {
  readonly status = 401;
  readonly code = 'invalid_device_credential';
  constructor() {
    super('Cette tablette n’est plus associée. Demandez à votre bénévole de la rapprocher de nouveau.');
  }
}

export class PairingNeedsSeniorError extends ConflictError {
  override readonly code = 'pairing_needs_senior';
  constructor() {
    super('Seul un appareil prêté à un senior peut être associé à son accueil.');
  }
}

const hash = (value: string) => createHash('sha256').update(value).digest('hex');

/**
 * Passwordless sign-in for seniors (ADR 0002, WCAG 3.3.8): a coordinator or the senior's volunteer
 * shows a single-use six-digit code (10 minutes) for a loan; the tablet exchanges it for a long-lived
 * device credential, stored hashed, bound to the device and the senior, revoked when the loan ends.
 */
@Injectable()
export class PairingService implements DevicePairing {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly auth: AuthService,
    private readonly people: PeopleService,
  ) {}

  async createCode(user: AuthUser, loanId: string, appUrl: string): Promise<PairingCode> {
    const loan = await this.visibleLoan(user, loanId);
    if (loan.returned_at) throw new LoanAlreadyReturnedError();
    if (!loan.person_id) throw new PairingNeedsSeniorError();
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    const expiresAt = new Date(Date.now() + PAIRING_CODE_TTL_MINUTES * 60_000);
    await this.db.query(
      `INSERT INTO pairing_codes (centre_id, loan_id, code_hash, expires_at, created_by_id) VALUES ($1, $2, $3, $4, $5)`,
      [loan.centre_id, loan.id, hash(code), expiresAt, user.id],
    );
    return { code, pairingUrl: `${appUrl}/tablette?code=${code}`, expiresAt: expiresAt.toISOString() };
  }

  /**
   * Unpairs the tablet of a loan without ending the loan (lost, stolen, handed to someone else): its
   * credential and sessions stop working at once. Idempotent: unpairing twice is the same as once.
   */
  async unpair(user: AuthUser, loanId: string): Promise<void> {
    const loan = await this.visibleLoan(user, loanId);
    await this.db.transaction(async (tx) => {
      await tx.query(
        `UPDATE device_credentials SET revoked_at = now() WHERE loan_id = $1 AND revoked_at IS NULL`,
        [loan.id],
      );
      await tx.query(
        `UPDATE refresh_tokens SET revoked_at = now() WHERE device_id = $1 AND person_id = $2 AND revoked_at IS NULL`,
        [loan.device_id, loan.person_id],
      );
    });
  }

  /** Single use: the first tablet to present a valid code gets the credential; any reuse is refused. */
  async pair(code: string, userAgent: string | null): Promise<PairedDevice> {
    const credential = randomBytes(32).toString('base64url');
    const paired = await this.db.transaction(async (tx) => {
      // TypeORM answers an UPDATE … RETURNING with [rows, affected].
      const [[row]] = await tx.query(
        `UPDATE pairing_codes p SET used_at = now()
           FROM loans l
          WHERE p.code_hash = $1 AND p.used_at IS NULL AND p.expires_at > now()
            AND l.id = p.loan_id AND l.returned_at IS NULL AND l.person_id IS NOT NULL
          RETURNING p.loan_id, l.device_id, l.person_id, l.centre_id`,
        [hash(code)],
      );
      if (!row) return null;
      await tx.query(
        `INSERT INTO device_credentials (centre_id, device_id, person_id, loan_id, secret_hash) VALUES ($1, $2, $3, $4, $5)`,
        [row.centre_id, row.device_id, row.person_id, row.loan_id, hash(credential)],
      );
      return row as { device_id: string; person_id: string };
    });
    if (!paired) throw new InvalidPairingCodeError();
    const session = await this.sessionFor(paired.person_id, paired.device_id, userAgent);
    return { ...session, deviceCredential: credential };
  }

  /** A paired tablet signs in with its credential, straight onto the senior's home. */
  async signIn(credential: string, userAgent: string | null): Promise<TokenPair> {
    const verified = await this.verifyDeviceCredential(credential);
    if (!verified) throw new InvalidDeviceCredentialError();
    return this.sessionFor(verified.personId, verified.deviceId, userAgent);
  }

  async verifyDeviceCredential(credential: string): Promise<{ personId: string; deviceId: string } | null> {
    const [[row]] = await this.db.query(
      `UPDATE device_credentials d SET last_used_at = now()
         FROM loans l, people p
        WHERE d.secret_hash = $1 AND d.revoked_at IS NULL
          AND l.id = d.loan_id AND l.returned_at IS NULL
          AND p.id = d.person_id AND p.active
        RETURNING d.person_id, d.device_id`,
      [hash(credential)],
    );
    return row ? { personId: row.person_id, deviceId: row.device_id } : null;
  }

  /** A loan of the user's centre (federation for admins); a volunteer only for a senior they coach. */
  private async visibleLoan(
    user: AuthUser,
    loanId: string,
  ): Promise<{
    id: string;
    centre_id: string;
    person_id: string | null;
    device_id: string;
    returned_at: Date | null;
  }> {
    if (user.role === 'senior') throw new ForbiddenError();
    // Volunteers are narrowed to their centre here, then to the seniors they coach below.
    const params: unknown[] = [loanId];
    const scope =
      user.role === 'volunteer'
        ? `l.centre_id = $${params.push(user.centreId)}`
        : managerScope(user, 'l.centre_id', params);
    const [loan] = await this.db.query(
      `SELECT l.id, l.centre_id, l.person_id, l.device_id, l.returned_at FROM loans l JOIN centres c ON c.id = l.centre_id
        WHERE l.id = $1 AND ${scope}`,
      params,
    );
    if (!loan) throw new NotFoundError('Prêt');
    if (
      user.role === 'volunteer' &&
      !(loan.person_id && (await this.people.coaches(user.id, loan.person_id)))
    )
      throw new NotFoundError('Prêt');
    return loan;
  }

  private async sessionFor(personId: string, deviceId: string, userAgent: string | null): Promise<TokenPair> {
    const person = await this.db.getRepository(PersonEntity).findOneByOrFail({ id: personId });
    return this.auth.issueSession(person, { deviceId, userAgent });
  }
}
