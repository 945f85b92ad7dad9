import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { PASSWORD_ROLES, type Me, type Role, type TokenPair } from '@passerelle/contracts';
import { AppConfig } from '../config/app-config';
import type { AccessTokenClaims, AuthUser } from '../common/auth-user';
import { NotFoundError } from '../common/domain-error';
import { PersonEntity } from '../people/person.entity';
import { RefreshTokenEntity } from './refresh-token.entity';
import { PasswordHasher } from './password-hasher';
import { InvalidCredentialsError, InvalidRefreshTokenError } from './auth.errors';

const DAY_MS = 86_400_000;

export function hashRefreshToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

interface SessionContext {
  userAgent?: string | null;
  /** Set when a paired tablet signs in (see DevicePairing). */
  deviceId?: string;
}

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly jwt: JwtService,
    private readonly hasher: PasswordHasher,
    private readonly config: AppConfig,
  ) {}

  async login(email: string, password: string, context: SessionContext): Promise<TokenPair> {
    const person = await this.db
      .getRepository(PersonEntity)
      .createQueryBuilder('p')
      .addSelect('p.passwordHash')
      .where('lower(p.email) = lower(:email)', { email })
      .getOne();
    const passwordOk = await this.hasher.verify(person?.passwordHash, password);
    if (
      !person ||
      !passwordOk ||
      !person.active ||
      !(PASSWORD_ROLES as readonly Role[]).includes(person.role)
    ) {
      throw new InvalidCredentialsError();
    }
    return this.issueSession(person, context);
  }

  /** Issues an access token and a new refresh-token family. Also the entry point for device pairing. */
  async issueSession(
    person: PersonEntity,
    context: SessionContext,
    manager?: EntityManager,
  ): Promise<TokenPair> {
    const refreshToken = await this.createRefreshToken(
      manager ?? this.db.manager,
      person.id,
      randomUUID(),
      context,
    );
    return this.tokenPair(person, refreshToken.token, context.deviceId);
  }

  /** Rotates a refresh token. Presenting an already-rotated token revokes its whole family (theft). */
  async refresh(token: string, context: SessionContext): Promise<TokenPair> {
    const hash = hashRefreshToken(token);
    const outcome = await this.db.transaction(async (tx) => {
      const current = await tx.getRepository(RefreshTokenEntity).findOne({
        where: { tokenHash: hash },
        lock: { mode: 'pessimistic_write' },
      });
      if (!current) return null;
      if (current.revokedAt) {
        await this.revokeFamily(tx, current.familyId);
        return null;
      }
      if (current.expiresAt.getTime() <= Date.now()) return null;
      const person = await tx.getRepository(PersonEntity).findOneBy({ id: current.personId });
      if (!person || !person.active) {
        await this.revokeFamily(tx, current.familyId);
        return null;
      }
      const deviceId = current.deviceId ?? undefined;
      const next = await this.createRefreshToken(tx, person.id, current.familyId, { ...context, deviceId });
      await tx
        .getRepository(RefreshTokenEntity)
        .update({ id: current.id }, { revokedAt: new Date(), replacedById: next.id });
      return { person, token: next.token, deviceId };
    });
    if (!outcome) throw new InvalidRefreshTokenError();
    return this.tokenPair(outcome.person, outcome.token, outcome.deviceId);
  }

  /** Ends the session the refresh token belongs to. Unknown tokens are ignored: logout always succeeds. */
  async logout(token: string): Promise<void> {
    const current = await this.db
      .getRepository(RefreshTokenEntity)
      .findOneBy({ tokenHash: hashRefreshToken(token) });
    if (current) await this.revokeFamily(this.db.manager, current.familyId);
  }

  /** Revokes every session of a person (deactivation, password change). */
  async revokeAllSessions(personId: string, manager: EntityManager = this.db.manager): Promise<void> {
    await manager
      .getRepository(RefreshTokenEntity)
      .update({ personId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  async me(user: AuthUser): Promise<Me> {
    const person = await this.db.getRepository(PersonEntity).findOne({
      where: { id: user.id },
      relations: { federation: true, centre: true },
    });
    if (!person) throw new NotFoundError('Personne');
    return {
      id: person.id,
      role: person.role,
      firstName: person.firstName,
      lastName: person.lastName,
      email: person.email,
      federationId: person.federationId,
      federationName: person.federation?.name ?? '',
      centreId: person.centreId,
      centreName: person.centre?.name ?? null,
      locale: person.locale,
    };
  }

  private async tokenPair(person: PersonEntity, refreshToken: string, deviceId?: string): Promise<TokenPair> {
    const claims: AccessTokenClaims = {
      sub: person.id,
      role: person.role,
      fed: person.federationId,
      ctr: person.centreId,
      ...(deviceId ? { dev: deviceId } : {}),
    };
    const accessToken = await this.jwt.signAsync(claims, { expiresIn: this.config.accessTokenTtlSeconds });
    const user = await this.me({
      id: person.id,
      role: person.role,
      federationId: person.federationId,
      centreId: person.centreId,
      deviceId: deviceId ?? null,
    });
    return { accessToken, expiresIn: this.config.accessTokenTtlSeconds, refreshToken, user };
  }

  private async createRefreshToken(
    manager: EntityManager,
    personId: string,
    familyId: string,
    context: SessionContext,
  ): Promise<{ id: string; token: string }> {
    const token = randomBytes(32).toString('base64url');
    const saved = await manager.getRepository(RefreshTokenEntity).save({
      personId,
      familyId,
      tokenHash: hashRefreshToken(token),
      expiresAt: new Date(Date.now() + this.config.refreshTokenTtlDays * DAY_MS),
      revokedAt: null,
      replacedById: null,
      deviceId: context.deviceId ?? null,
      userAgent: context.userAgent?.slice(0, 300) ?? null,
    });
    return { id: saved.id, token };
  }

  private async revokeFamily(manager: EntityManager, familyId: string): Promise<void> {
    await manager
      .getRepository(RefreshTokenEntity)
      .update({ familyId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }
}
