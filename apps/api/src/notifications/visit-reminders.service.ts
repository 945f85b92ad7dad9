import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { addDays, parisWallTimeToUtc, todayInParis } from '../common/calendar';
import { AppConfig } from '../config/app-config';
import { NotificationsService, type NewNotification } from './notifications.service';
import { reportMissingText, visitReminderText } from './visit-reminder-text';

/** A visit left without a report this long after its end alerts the coordination. */
export const REPORT_MISSING_AFTER_HOURS = 24;
/** Older visits are not chased any more (a first run does not flood the coordination with history). */
const REPORT_MISSING_LOOKBACK_DAYS = 30;

interface VisitReminderRow {
  id: string;
  centre_id: string;
  starts_at: Date;
  place: 'home' | 'centre';
  senior_first_name: string;
  senior_last_name: string;
  volunteer_first_name: string;
  volunteer_last_name: string;
  recipient_id: string;
  recipient_first_name: string;
}

/**
 * Visit reminders, queued through the outbox (ADR 0010): the volunteer the day before each planned
 * visit (Paris days), and the centre's coordinators once for each visit left without a report a day
 * after it ended. The senior is never a recipient. Like the return reminders, it reads the visits
 * table directly; dedupe keys make a second scan (or a second instance) queue nothing new.
 */
@Injectable()
export class VisitRemindersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly notifications: NotificationsService,
    private readonly config: AppConfig,
  ) {}

  async queueDue(now: Date, centreIds: string[] | null = null): Promise<number> {
    const tomorrow = addDays(todayInParis(now), 1);
    const select = `
      SELECT v.id, v.centre_id, v.starts_at, v.place,
             s.first_name AS senior_first_name, s.last_name AS senior_last_name,
             w.first_name AS volunteer_first_name, w.last_name AS volunteer_last_name,
             r.id AS recipient_id, r.first_name AS recipient_first_name
        FROM visits v
        JOIN people s ON s.id = v.senior_id
        JOIN people w ON w.id = v.volunteer_id`;
    const dayBefore: VisitReminderRow[] = await this.db.query(
      `${select}
        JOIN people r ON r.id = v.volunteer_id AND r.role = 'volunteer' AND r.active
       WHERE v.status = 'planned' AND v.starts_at >= $1 AND v.starts_at < $2
         AND ($3::uuid[] IS NULL OR v.centre_id = ANY($3::uuid[]))
       ORDER BY v.starts_at, v.id`,
      [
        parisWallTimeToUtc(tomorrow, '00:00').toISOString(),
        parisWallTimeToUtc(addDays(tomorrow, 1), '00:00').toISOString(),
        centreIds,
      ],
    );
    const unreported: VisitReminderRow[] = await this.db.query(
      `${select}
        JOIN people r ON r.centre_id = v.centre_id AND r.role = 'coordinator' AND r.active
       WHERE v.status <> 'cancelled'
         AND v.ends_at < $1::timestamptz - make_interval(hours => $2::int)
         AND v.ends_at >= $1::timestamptz - make_interval(days => $3::int)
         AND NOT EXISTS (SELECT 1 FROM visit_reports vr WHERE vr.visit_id = v.id)
         AND ($4::uuid[] IS NULL OR v.centre_id = ANY($4::uuid[]))
       ORDER BY v.starts_at, v.id, r.id`,
      [now.toISOString(), REPORT_MISSING_AFTER_HOURS, REPORT_MISSING_LOOKBACK_DAYS, centreIds],
    );
    const messages: NewNotification[] = [
      ...dayBefore.map((row) => ({
        centreId: row.centre_id,
        recipientId: row.recipient_id,
        kind: 'visit_reminder' as const,
        // The start is in the key: a visit moved to another day is reminded again.
        dedupeKey: `visit_reminder:${row.id}:${iso(row.starts_at)}:${row.recipient_id}`,
        ...visitReminderText(
          {
            recipientFirstName: row.recipient_first_name,
            visitId: row.id,
            seniorFirstName: row.senior_first_name,
            seniorInitial: row.senior_last_name.charAt(0),
            startsAt: iso(row.starts_at),
            place: row.place,
          },
          this.config.publicUrl,
        ),
      })),
      ...unreported.map((row) => ({
        centreId: row.centre_id,
        recipientId: row.recipient_id,
        kind: 'visit_report_missing' as const,
        dedupeKey: `visit_report_missing:${row.id}:${row.recipient_id}`,
        ...reportMissingText(
          {
            recipientFirstName: row.recipient_first_name,
            volunteerName: `${row.volunteer_first_name} ${row.volunteer_last_name}`,
            seniorName: `${row.senior_first_name} ${row.senior_last_name}`,
            startsAt: iso(row.starts_at),
          },
          this.config.publicUrl,
        ),
      })),
    ];
    if (messages.length === 0) return 0;
    // One short transaction; with the embedded database only `tx` may be used inside it.
    return this.db.transaction(async (tx) => {
      let queued = 0;
      for (const message of messages) if (await this.notifications.enqueue(tx, message)) queued += 1;
      return queued;
    });
  }
}

const iso = (value: Date) => new Date(value).toISOString();
