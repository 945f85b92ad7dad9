import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import ical, { ICalEventStatus } from 'ical-generator';
import {
  CALENDAR_FEED_FUTURE_MONTHS,
  CALENDAR_FEED_PAST_DAYS,
  type CalendarFeedCreated,
  type CalendarFeedStatus,
  type CalendarFeedKind,
} from '@passerelle/contracts';
import type { AuthUser } from '../common/auth-user';
import { ForbiddenError, NotFoundError } from '../common/domain-error';
import { AppConfig } from '../config/app-config';
import { managerScope } from '../common/manager-scope';

interface FeedRow {
  id: string;
  centre_id: string;
  owner_id: string | null;
  kind: CalendarFeedKind;
  centre_name: string;
}

interface FeedVisitRow {
  id: string;
  starts_at: Date;
  ends_at: Date;
  place: 'home' | 'centre';
  status: 'planned' | 'done' | 'cancelled';
  updated_at: Date;
  senior_first_name: string;
  senior_last_name: string;
  senior_town: string | null;
  volunteer_first_name: string;
  volunteer_last_name: string;
  centre_name: string;
  centre_town: string;
}

/**
 * Secret, revocable iCalendar URLs (RFC 5545): one per volunteer, one per centre. Only a hash of the
 * token is stored, so the URL is shown once; a new URL revokes the previous one. The feed carries as
 * little personal data as a calendar needs: first name and initial, town, never notes (ADR 0013).
 */
@Injectable()
export class CalendarFeedsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly config: AppConfig,
  ) {}

  async statusMine(user: AuthUser): Promise<CalendarFeedStatus> {
    if (user.role !== 'volunteer') throw new ForbiddenError();
    return this.status('volunteer', `owner_id = $1`, user.id);
  }

  async statusForCentre(user: AuthUser, centreId: string): Promise<CalendarFeedStatus> {
    await this.managedCentre(user, centreId);
    return this.status('centre', `centre_id = $1`, centreId);
  }

  private async status(kind: CalendarFeedKind, where: string, id: string): Promise<CalendarFeedStatus> {
    const [row]: Array<{ created_at: Date }> = await this.db.query(
      `SELECT created_at FROM calendar_feeds WHERE kind = $2 AND ${where} AND revoked_at IS NULL`,
      [id, kind],
    );
    return {
      kind,
      active: row !== undefined,
      createdAt: row ? new Date(row.created_at).toISOString() : null,
    };
  }

  /** A volunteer's own feed: created, or rotated (the old URL stops working at once). */
  async rotateMine(user: AuthUser): Promise<CalendarFeedCreated> {
    if (user.role !== 'volunteer' || !user.centreId) throw new ForbiddenError();
    return this.rotate('volunteer', user.centreId, user.id, user.id);
  }

  async revokeMine(user: AuthUser): Promise<void> {
    if (user.role !== 'volunteer') throw new ForbiddenError();
    await this.db.query(
      `UPDATE calendar_feeds SET revoked_at = now() WHERE kind = 'volunteer' AND owner_id = $1 AND revoked_at IS NULL`,
      [user.id],
    );
  }

  /** A centre's feed (every visit of the centre), for its coordination. */
  async rotateForCentre(user: AuthUser, centreId: string): Promise<CalendarFeedCreated> {
    await this.managedCentre(user, centreId);
    return this.rotate('centre', centreId, null, user.id);
  }

  async revokeForCentre(user: AuthUser, centreId: string): Promise<void> {
    await this.managedCentre(user, centreId);
    await this.db.query(
      `UPDATE calendar_feeds SET revoked_at = now() WHERE kind = 'centre' AND centre_id = $1 AND revoked_at IS NULL`,
      [centreId],
    );
  }

  /** The calendar behind a token; an unknown or revoked token is 404, whatever the reason. */
  async render(file: string, now = new Date()): Promise<string> {
    const token = /^([A-Za-z0-9_-]{20,100})\.ics$/.exec(file)?.[1];
    if (!token) throw new NotFoundError('Calendrier');
    const [feed]: FeedRow[] = await this.db.query(
      `SELECT f.id, f.centre_id, f.owner_id, f.kind, c.name AS centre_name
         FROM calendar_feeds f JOIN centres c ON c.id = f.centre_id
        WHERE f.token_hash = $1 AND f.revoked_at IS NULL`,
      [hashToken(token)],
    );
    if (!feed) throw new NotFoundError('Calendrier');
    const from = new Date(now.getTime() - CALENDAR_FEED_PAST_DAYS * 86_400_000);
    const to = new Date(now);
    to.setUTCMonth(to.getUTCMonth() + CALENDAR_FEED_FUTURE_MONTHS);
    const visits: FeedVisitRow[] = await this.db.query(
      `SELECT v.id, v.starts_at, v.ends_at, v.place, v.status, v.updated_at,
              s.first_name AS senior_first_name, s.last_name AS senior_last_name, s.town AS senior_town,
              w.first_name AS volunteer_first_name, w.last_name AS volunteer_last_name,
              c.name AS centre_name, c.town AS centre_town
         FROM visits v
         JOIN centres c ON c.id = v.centre_id
         JOIN people s ON s.id = v.senior_id
         JOIN people w ON w.id = v.volunteer_id
        WHERE ${feed.kind === 'volunteer' ? 'v.volunteer_id = $1' : 'v.centre_id = $1'}
          AND v.starts_at >= $2 AND v.starts_at < $3
        ORDER BY v.starts_at, v.id`,
      [feed.kind === 'volunteer' ? feed.owner_id : feed.centre_id, from.toISOString(), to.toISOString()],
    );
    const calendar = ical({
      name: feed.kind === 'volunteer' ? 'Mes visites Passerelle' : `Visites — ${feed.centre_name}`,
      prodId: { company: 'Passerelle', product: 'visites', language: 'FR' },
      // Instants in UTC (…Z): every client shows them in its own zone, no VTIMEZONE needed.
      ttl: 60 * 60,
    });
    for (const v of visits) {
      const senior = `${v.senior_first_name} ${initial(v.senior_last_name)}`;
      const volunteer = `${v.volunteer_first_name} ${initial(v.volunteer_last_name)}`;
      const link =
        feed.kind === 'volunteer'
          ? `${this.config.publicUrl}/benevole/visites/${v.id}`
          : `${this.config.publicUrl}/coordination/visites`;
      calendar.createEvent({
        id: `${v.id}@passerelle`,
        start: new Date(v.starts_at),
        end: new Date(v.ends_at),
        stamp: new Date(v.updated_at),
        summary:
          feed.kind === 'volunteer'
            ? `${v.place === 'home' ? 'Visite chez' : 'Rendez-vous au centre avec'} ${senior}`
            : `${volunteer} ${v.place === 'home' ? 'chez' : 'au centre avec'} ${senior}`,
        location: v.place === 'home' ? (v.senior_town ?? null) : `${v.centre_name}, ${v.centre_town}`,
        description: link,
        url: link,
        status: v.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      });
    }
    return calendar.toString();
  }

  private async rotate(
    kind: CalendarFeedKind,
    centreId: string,
    ownerId: string | null,
    byId: string,
  ): Promise<CalendarFeedCreated> {
    const token = randomBytes(32).toString('base64url');
    const row = await this.db.transaction(async (tx: EntityManager) => {
      await tx.query(
        `UPDATE calendar_feeds SET revoked_at = now()
          WHERE kind = $1 AND revoked_at IS NULL AND ${kind === 'volunteer' ? 'owner_id = $2' : 'centre_id = $2'}`,
        [kind, kind === 'volunteer' ? ownerId : centreId],
      );
      const [created]: Array<{ id: string; created_at: Date }> = await tx.query(
        `INSERT INTO calendar_feeds (centre_id, owner_id, kind, token_hash, created_by_id)
         VALUES ($1, $2, $3, $4, $5) RETURNING id, created_at`,
        [centreId, ownerId, kind, hashToken(token), byId],
      );
      return created!;
    });
    return {
      id: row.id,
      kind,
      url: `${this.config.publicUrl}/api/calendar/${token}.ics`,
      createdAt: new Date(row.created_at).toISOString(),
    };
  }

  private async managedCentre(user: AuthUser, centreId: string): Promise<void> {
    const params: unknown[] = [centreId];
    const rows: unknown[] = await this.db.query(
      `SELECT 1 FROM centres c WHERE c.id = $1 AND ${managerScope(user, 'c.id', params)}`,
      params,
    );
    if (rows.length === 0) throw new NotFoundError('Centre');
  }
}

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

function initial(lastName: string): string {
  return lastName ? `${lastName.charAt(0).toUpperCase()}.` : '';
}
