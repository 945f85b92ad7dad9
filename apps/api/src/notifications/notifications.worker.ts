import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import type { NotificationRun } from '@passerelle/contracts';
import { todayInParis } from '../common/calendar';
import { AppConfig } from '../config/app-config';
import { LoanRemindersService } from './loan-reminders.service';
import { NotificationSender } from './notification-sender';
import { VisitRemindersService } from './visit-reminders.service';

/** The reminders scan is cheap but needs not run on every tick: on a new day, then once an hour. */
const REMINDER_SCAN_EVERY_MS = 60 * 60_000;

/**
 * Every NOTIFICATIONS_POLL_SECONDS, on every instance: queue the return and visit reminders now due, then send
 * what is queued. Safe on several instances at once (ADR 0010); 0 turns it off (tests).
 */
@Injectable()
export class NotificationsWorker implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(NotificationsWorker.name);
  private timer: NodeJS.Timeout | undefined;
  /** Runs of one instance follow each other: a tick never overlaps the previous one or a "send now". */
  private current: Promise<unknown> = Promise.resolve();
  private lastScan: { at: number; day: string } | null = null;

  constructor(
    private readonly config: AppConfig,
    private readonly reminders: LoanRemindersService,
    private readonly visitReminders: VisitRemindersService,
    private readonly sender: NotificationSender,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.notificationsPollSeconds <= 0) return;
    this.timer = setInterval(() => void this.tick(), this.config.notificationsPollSeconds * 1000);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    // Let a run in progress record what it sent before the database closes.
    await this.current;
  }

  /** Queues the reminders due today and sends the queue now, for these centres or every centre. */
  runOnce(options: { now?: Date; centreIds?: string[] | null } = {}): Promise<NotificationRun> {
    return this.serialised(() => this.run(options.now ?? null, options.centreIds ?? null, true));
  }

  /** Without a given clock, "now" is read after queueing, so what was just queued is sent in this run. */
  private async run(now: Date | null, centreIds: string[] | null, scan: boolean): Promise<NotificationRun> {
    const at = now ?? new Date();
    const queued = scan
      ? (await this.reminders.queueDue(todayInParis(at), centreIds)) +
        (await this.visitReminders.queueDue(at, centreIds))
      : 0;
    return { queued, ...(await this.sender.processQueue({ now: now ?? new Date(), centreIds })) };
  }

  private async tick(): Promise<void> {
    const now = new Date();
    const day = todayInParis(now);
    const scan = this.lastScan?.day !== day || now.getTime() - this.lastScan.at >= REMINDER_SCAN_EVERY_MS;
    try {
      const run = await this.serialised(() => this.run(null, null, scan));
      if (scan) this.lastScan = { at: now.getTime(), day };
      if (run.queued + run.sent + run.retried + run.failed > 0) {
        this.logger.log(
          `Notifications: ${run.queued} queued, ${run.sent} sent, ${run.retried} to retry, ${run.failed} failed`,
        );
      }
    } catch (error) {
      this.logger.error(
        `Notifications run failed: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }

  private serialised<T>(work: () => Promise<T>): Promise<T> {
    const next = this.current.then(work);
    this.current = next.catch(() => undefined);
    return next;
  }
}
