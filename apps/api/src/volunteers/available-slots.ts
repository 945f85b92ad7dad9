import type { AvailabilityWindow } from '@passerelle/contracts';
import { daysBetween, isoWeekday, parisWallTimeToUtc } from '../common/calendar';
import { publicHolidayOn } from '../common/french-holidays';

export interface Slot {
  start: Date;
  end: Date;
}

/** Whole days off, both ends included. */
export interface DaysOff {
  startsOn: string;
  endsOn: string;
}

/**
 * The instants a volunteer is available between two dates (both included): their weekly windows,
 * read as Paris wall-clock times on each day (so 14:00 stays 14:00 across the clock changes), minus
 * their exceptions and French public holidays. Touching windows are joined into one slot.
 */
export function availableSlots(
  windows: readonly AvailabilityWindow[],
  exceptions: readonly DaysOff[],
  from: string,
  to: string,
): Slot[] {
  const slots: Slot[] = [];
  for (const day of daysBetween(from, to)) {
    if (publicHolidayOn(day) || exceptions.some((e) => e.startsOn <= day && day <= e.endsOn)) continue;
    const weekday = isoWeekday(day);
    const todays = windows
      .filter((w) => w.weekday === weekday)
      .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
    for (const w of todays) {
      const start = parisWallTimeToUtc(day, w.startsAt);
      const end = parisWallTimeToUtc(day, w.endsAt);
      const last = slots[slots.length - 1];
      if (last && last.end.getTime() >= start.getTime()) {
        if (end > last.end) last.end = end;
      } else {
        slots.push({ start, end });
      }
    }
  }
  return slots;
}

/** Whether [start, end] lies inside one available slot. */
export function fitsInSlots(slots: readonly Slot[], start: Date, end: Date): boolean {
  return slots.some((s) => s.start <= start && end <= s.end);
}
