import type { EntityManager } from 'typeorm';
import type { VisitConflict } from '@passerelle/contracts';
import { toConflict, VISIT_SELECT, type ConflictRow } from './visits.mapper';

export interface Slot {
  startsAt: Date;
  endsAt: Date;
  travelBufferMinutes: number;
}

/**
 * For each slot, the non-cancelled visits of this volunteer or this senior whose busy range meets
 * the slot's — the very test the exclusion constraints apply, through the same SQL function.
 */
export async function findConflicts(
  db: EntityManager,
  slots: Slot[],
  who: { volunteerId: string; seniorId: string; excludeIds?: string[] },
): Promise<VisitConflict[][]> {
  if (slots.length === 0) return [];
  const rows: ConflictRow[] = await db.query(
    `SELECT o.n AS slot, t.* FROM unnest($1::timestamptz[], $2::timestamptz[], $3::int[])
                                     WITH ORDINALITY AS o(starts_at, ends_at, buffer, n)
       JOIN (${VISIT_SELECT}
              WHERE v.status <> 'cancelled' AND (v.volunteer_id = $4 OR v.senior_id = $5)
                AND v.id <> ALL($6::uuid[])) t
         ON t.busy && visit_busy_range(o.starts_at, o.ends_at, o.buffer)
      ORDER BY o.n, t.starts_at`,
    [
      slots.map((s) => s.startsAt.toISOString()),
      slots.map((s) => s.endsAt.toISOString()),
      slots.map((s) => s.travelBufferMinutes),
      who.volunteerId,
      who.seniorId,
      who.excludeIds ?? [],
    ],
  );
  const bySlot = slots.map((): VisitConflict[] => []);
  for (const row of rows) bySlot[Number(row.slot) - 1]?.push(toConflict(row, who.volunteerId, who.seniorId));
  return bySlot;
}
