import type { PGlite } from '@electric-sql/pglite';
import type { PGLiteSocketServer } from '@electric-sql/pglite-socket';

/**
 * pglite-socket 0.2.17 multiplexes every client connection onto the one PGlite backend, one protocol
 * message at a time, and keeps a client exclusive only while the backend is inside a transaction. An
 * extended-protocol exchange (Parse, Bind, Describe, Execute … Sync) is not a transaction, so two
 * clients' messages interleave: one client's Bind lands on the other's statement and queries fail with
 * `portal "" cannot be run` or, worse, run with another client's parameters (reproduced in
 * embedded-postgres.int-spec.ts). This guard replaces its queue scheduler so that a client keeps the
 * backend from its first message until its Sync (or simple Query) and, as before, for a whole transaction.
 */

interface QueuedMessage {
  handlerId: number;
  message: Uint8Array;
  resolve(bytes: number): void;
  reject(error: unknown): void;
  onData(data: Uint8Array): void;
}

/** The internal shape of pglite-socket's QueryQueueManager this guard relies on. */
interface QueryQueue {
  queue: QueuedMessage[];
  processing: boolean;
  lastHandlerId: number | null;
  db: PGlite;
  processQueue(): Promise<void>;
  clearTransactionIfNeeded(handlerId: number): Promise<void>;
}

/** Extended-protocol messages after which the backend still expects more from the same client. */
const MID_EXCHANGE = new Set(['P', 'B', 'D', 'E', 'C', 'H'].map((c) => c.charCodeAt(0)));
const SYNC = new Uint8Array([0x53, 0, 0, 0, 4]);

export function guardProtocolExchanges(server: PGLiteSocketServer): void {
  const queue = (server as unknown as { queryQueue?: QueryQueue }).queryQueue;
  if (!queue || !Array.isArray(queue.queue) || typeof queue.processQueue !== 'function') {
    throw new Error(
      'pglite-socket internals changed: review database/pglite-protocol-guard.ts before upgrading',
    );
  }
  let midExchange = false;

  queue.processQueue = async function processQueue(this: QueryQueue): Promise<void> {
    if (this.processing || this.queue.length === 0) return;
    this.processing = true;
    try {
      while (this.queue.length > 0) {
        const sticky = this.lastHandlerId !== null && (midExchange || this.db.isInTransaction());
        const index = sticky ? this.queue.findIndex((q) => q.handlerId === this.lastHandlerId) : 0;
        if (index === -1) break; // the owning client's next message has not arrived yet
        const [item] = this.queue.splice(index, 1);
        if (!item) break;
        this.lastHandlerId = item.handlerId;
        midExchange = MID_EXCHANGE.has(item.message[0] ?? 0);
        try {
          let bytes = 0;
          await this.db.runExclusive(() =>
            this.db.execProtocolRawStream(item.message, {
              onRawData: (data: Uint8Array) => {
                bytes += data.length;
                item.onData(data);
              },
            }),
          );
          item.resolve(bytes);
        } catch (error) {
          item.reject(error);
        }
      }
    } finally {
      this.processing = false;
    }
  };

  /** A client that leaves mid-exchange or mid-transaction must not keep the backend. */
  queue.clearTransactionIfNeeded = async function clearTransactionIfNeeded(
    this: QueryQueue,
    handlerId: number,
  ): Promise<void> {
    if (this.lastHandlerId !== handlerId) return;
    if (midExchange) {
      await this.db.runExclusive(() => this.db.execProtocolRawStream(SYNC, { onRawData: () => undefined }));
      midExchange = false;
    }
    if (this.db.isInTransaction()) await this.db.exec('ROLLBACK');
    this.lastHandlerId = null;
    await this.processQueue();
  };
}
