import { HttpErrorResponse } from '@angular/common/http';
import { DestroyRef, Injectable, computed, inject, signal } from '@angular/core';
import type {
  CourseProgress,
  LEARNING_BATCH_MAX,
  LearningRecord,
  LearningRecordOutcome,
} from '@passerelle/contracts';
import { Subject } from 'rxjs';
import { LearningApiService } from '../api/learning-api.service';
import { AuthService } from '../auth/auth.service';

export const OUTBOX_STORAGE_KEY = 'passerelle.outbox';
/** The contract's LEARNING_BATCH_MAX, restated so that this first-screen module does not pull in zod. */
export const OUTBOX_BATCH_SIZE: typeof LEARNING_BATCH_MAX = 500;
export const OUTBOX_FIRST_RETRY_MS = 2_000;
export const OUTBOX_MAX_RETRY_MS = 5 * 60_000;

/** A record waiting to be sent, with whom it belongs to (a shared device may change hands). */
interface OutboxEntry {
  ownerId: string;
  record: LearningRecord;
}

export type NewLearningRecord = Omit<LearningRecord, 'id' | 'timestamp'> & { timestamp?: string };

/** Statuses worth another try later: the server or the network was not up to it, the record may be fine. */
function isTransient(status: number): boolean {
  return status === 0 || status === 401 || status === 408 || status === 429 || status >= 500;
}

/** A random v4 UUID, also where crypto.randomUUID is missing (plain http pages). */
export function newId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  // randomUUID only exists on https pages; getRandomValues everywhere.
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function readStored(): OutboxEntry[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(OUTBOX_STORAGE_KEY) ?? '[]');
    return Array.isArray(parsed)
      ? parsed.filter(
          (e): e is OutboxEntry =>
            typeof e === 'object' && e !== null && typeof (e as OutboxEntry).ownerId === 'string',
        )
      : [];
  } catch {
    return [];
  }
}

/**
 * Learning records go to this device's storage first, then to the API in batches. A tablet on a
 * weak connection loses nothing: what could not be sent stays and is sent again later (on a timer
 * that backs off, and as soon as the browser says it is back online). Records carry their own id and
 * the API recognises a replay, so sending one twice is always safe.
 */
@Injectable({ providedIn: 'root' })
export class LearningOutboxService {
  private readonly api = inject(LearningApiService);
  private readonly auth = inject(AuthService);
  private readonly entries = signal<OutboxEntry[]>(readStored());
  private sending = false;
  private sendAgain = false;
  private failures = 0;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;

  /** Records of the signed-in person not yet accepted by the server. */
  readonly pendingCount = computed(() => {
    const ownerId = this.auth.user()?.id;
    return ownerId ? this.entries().filter((e) => e.ownerId === ownerId).length : 0;
  });
  /** Every answer from the server, record by record (a quiz's correction comes this way). */
  readonly outcomes = new Subject<LearningRecordOutcome>();
  /** Course progress as recomputed by the server after a batch. */
  readonly progressUpdates = new Subject<CourseProgress>();

  constructor() {
    const onOnline = (): void => {
      this.failures = 0;
      this.flush();
    };
    window.addEventListener('online', onOnline);
    inject(DestroyRef).onDestroy(() => {
      window.removeEventListener('online', onOnline);
      this.clearRetry();
    });
    // Records left by a previous visit go as soon as the app starts.
    this.flush();
  }

  /** Stores the record on the device, then tries to send it. Returns it with its id and timestamp. */
  record(input: NewLearningRecord): LearningRecord {
    const record: LearningRecord = {
      ...input,
      id: newId(),
      timestamp: input.timestamp ?? new Date().toISOString(),
    };
    this.save([...this.entries(), { ownerId: this.auth.user()?.id ?? '', record }]);
    this.flush();
    return record;
  }

  /** Sends the signed-in person's pending records, one batch at a time. */
  flush(): void {
    if (this.sending) {
      this.sendAgain = true;
      return;
    }
    const ownerId = this.auth.user()?.id;
    if (!ownerId) return;
    const batch = this.entries()
      .filter((e) => e.ownerId === ownerId)
      .slice(0, OUTBOX_BATCH_SIZE)
      .map((e) => e.record);
    if (batch.length === 0) return;

    this.clearRetry();
    this.sending = true;
    this.sendAgain = false;
    this.api.sendRecords(batch).subscribe({
      next: (response) => {
        this.sending = false;
        this.failures = 0;
        const settled = new Set<string>();
        for (const outcome of response.results) {
          if (isTransient(outcome.status)) continue;
          settled.add(outcome.id);
          if (outcome.status === 409) {
            console.warn(
              `Learning record ${outcome.id} conflicts with another record on the server; dropped.`,
            );
          } else if (outcome.status >= 400) {
            console.warn(`Learning record ${outcome.id} rejected (${outcome.status} ${outcome.code ?? ''}).`);
          }
        }
        this.remove(settled);
        for (const outcome of response.results) this.outcomes.next(outcome);
        for (const progress of response.progress) this.progressUpdates.next(progress);
        if (settled.size > 0 && (this.sendAgain || this.pendingCount() > 0)) this.flush();
        else if (this.pendingCount() > 0) this.scheduleRetry();
      },
      error: (error: unknown) => {
        this.sending = false;
        const status = error instanceof HttpErrorResponse ? error.status : 0;
        if (isTransient(status)) {
          this.scheduleRetry();
          return;
        }
        // The whole batch was refused (a malformed record, a role that may not learn): resending
        // would fail forever and block the records behind it.
        console.error(`Learning records refused by the server (${status}); ${batch.length} dropped.`);
        this.remove(new Set(batch.map((r) => r.id)));
        if (this.pendingCount() > 0) this.flush();
      },
    });
  }

  private scheduleRetry(): void {
    this.clearRetry();
    const delay = Math.min(OUTBOX_FIRST_RETRY_MS * 2 ** this.failures, OUTBOX_MAX_RETRY_MS);
    this.failures += 1;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      this.flush();
    }, delay);
  }

  private clearRetry(): void {
    if (this.retryTimer !== null) clearTimeout(this.retryTimer);
    this.retryTimer = null;
  }

  private remove(ids: ReadonlySet<string>): void {
    if (ids.size === 0) return;
    // Re-read: records added while the batch was on its way must stay.
    this.save(this.entries().filter((e) => !ids.has(e.record.id)));
  }

  private save(entries: OutboxEntry[]): void {
    this.entries.set(entries);
    try {
      localStorage.setItem(OUTBOX_STORAGE_KEY, JSON.stringify(entries));
    } catch {
      // Storage full or refused: the records still live in memory until sent.
    }
  }
}
