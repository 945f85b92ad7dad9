import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { DUE_SOON_DAYS, loanReminderText, type LoanReminderFacts } from './loan-reminder-text';
import { NotificationsService } from './notifications.service';

interface DueReminderRow {
  loan_id: string;
  centre_id: string;
  device_id: string;
  device_kind: string;
  asset_tag: string;
  person_id: string | null;
  borrower_first_name: string | null;
  borrower_last_name: string | null;
  due_on: string;
  kind: LoanReminderFacts['kind'];
  recipient_id: string;
  recipient_role: LoanReminderFacts['recipientRole'];
  recipient_first_name: string;
  dedupe_key: string;
}

/**
 * Return reminders for open loans: "due soon" from 7 days before the due date, "overdue" from the
 * day after. They go to the centre's active coordinators and to the active volunteers coaching the
 * borrower — never to the borrower. The dedupe key holds the due date, so extending a loan re-arms
 * its reminders; running the scan again (or on two instances) queues nothing new.
 */
@Injectable()
export class LoanRemindersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly notifications: NotificationsService,
    private readonly config: AppConfig,
  ) {}

  /** Queues the reminders due on `today` ('YYYY-MM-DD', Paris) that were not queued yet. */
  async queueDue(today: string, centreIds: string[] | null = null): Promise<number> {
    const rows: DueReminderRow[] = await this.db.query(
      `WITH open_loans AS (
         SELECT l.id, l.centre_id, l.device_id, l.person_id, to_char(l.due_on, 'YYYY-MM-DD') AS due_on,
                CASE WHEN l.due_on < $1::date THEN 'loan_overdue' ELSE 'loan_due_soon' END AS kind
           FROM loans l
          WHERE l.kind = 'loan' AND l.returned_at IS NULL AND l.due_on <= $1::date + $2::int
            AND ($3::uuid[] IS NULL OR l.centre_id = ANY($3::uuid[]))),
       recipients AS (
         SELECT o.*, p.id AS recipient_id, 'coordinator' AS recipient_role
           FROM open_loans o
           JOIN people p ON p.centre_id = o.centre_id AND p.role = 'coordinator' AND p.active
         UNION ALL
         SELECT o.*, v.id, 'volunteer'
           FROM open_loans o
           JOIN coaching_assignments ca
             ON ca.senior_id = o.person_id AND ca.centre_id = o.centre_id AND ca.ended_at IS NULL
           JOIN people v ON v.id = ca.volunteer_id AND v.role = 'volunteer' AND v.active),
       keyed AS (
         SELECT r.*, r.kind || ':' || r.id || ':' || r.due_on || ':' || r.recipient_id AS dedupe_key
           FROM recipients r
          WHERE r.recipient_id IS DISTINCT FROM r.person_id)
       SELECT k.id AS loan_id, k.centre_id, k.device_id, d.kind AS device_kind, d.asset_tag, k.person_id,
              coalesce(b.first_name, h.name) AS borrower_first_name, b.last_name AS borrower_last_name, k.due_on, k.kind,
              k.recipient_id, k.recipient_role, rp.first_name AS recipient_first_name, k.dedupe_key
         FROM keyed k
         JOIN devices d ON d.id = k.device_id
         JOIN people rp ON rp.id = k.recipient_id
         LEFT JOIN people b ON b.id = k.person_id
         LEFT JOIN loans lo ON lo.id = k.id
         LEFT JOIN households h ON h.id = lo.household_id
        WHERE NOT EXISTS (SELECT 1 FROM notifications n WHERE n.dedupe_key = k.dedupe_key)
        ORDER BY k.due_on, k.id, k.recipient_id`,
      [today, DUE_SOON_DAYS, centreIds],
    );
    if (rows.length === 0) return 0;
    // One short transaction; with the embedded database only `tx` may be used inside it.
    return this.db.transaction(async (tx) => {
      let queued = 0;
      for (const row of rows) {
        const text = loanReminderText(
          {
            kind: row.kind,
            recipientRole: row.recipient_role,
            recipientFirstName: row.recipient_first_name,
            deviceId: row.device_id,
            deviceKind: row.device_kind,
            assetTag: row.asset_tag,
            borrowerName: row.borrower_first_name
              ? `${row.borrower_first_name} ${row.borrower_last_name ?? ''}`.trim()
              : null,
            seniorId: row.person_id,
            dueOn: row.due_on,
            today,
          },
          this.config.publicUrl,
        );
        const id = await this.notifications.enqueue(tx, {
          centreId: row.centre_id,
          recipientId: row.recipient_id,
          kind: row.kind,
          dedupeKey: row.dedupe_key,
          ...text,
        });
        if (id) queued += 1;
      }
      return queued;
    });
  }
}
