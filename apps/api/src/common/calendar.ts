/** Calendar arithmetic on date-only values ('YYYY-MM-DD', ADR 0004). "Today" is Paris's. */

/** Today's date in Paris, as 'YYYY-MM-DD'. */
export function todayInParis(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Paris',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/** The date `days` days after (or before, when negative) a date-only value. */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

const FRENCH_LONG_DATE = new Intl.DateTimeFormat('fr-FR', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** A date-only value the way French readers write it: "jeudi 12 mars 2026". */
export function frenchLongDate(day: string): string {
  return FRENCH_LONG_DATE.format(new Date(`${day}T00:00:00Z`));
}

const PARIS_WALL_CLOCK = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Europe/Paris',
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
});

/** How far Paris's wall clock is ahead of UTC at an instant, in milliseconds (1 h in winter, 2 h in summer). */
function parisOffsetMs(instant: number): number {
  const part = Object.fromEntries(
    PARIS_WALL_CLOCK.formatToParts(new Date(instant)).map((p) => [p.type, Number(p.value)]),
  ) as Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', number>;
  const wall = Date.UTC(part.year, part.month - 1, part.day, part.hour, part.minute, part.second);
  return wall - (instant - (instant % 1000));
}

const TWELVE_HOURS = 12 * 3600 * 1000;

/**
 * The instant at which Paris's clocks show `time` on `date`, e.g. ('2026-10-27', '14:00') →
 * 2026-10-27T13:00:00Z. Like Temporal's "compatible" choice around the clock changes: a time skipped
 * in spring (02:30 on the last Sunday of March) is read as after the jump (03:30 summer time), a
 * time seen twice in autumn as its first occurrence (summer time).
 */
export function parisWallTimeToUtc(date: string, time: string): Date {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  // Clock changes are months apart: the offsets 12 h either side are the only candidates.
  const before = parisOffsetMs(wall - TWELVE_HOURS);
  const after = parisOffsetMs(wall + TWELVE_HOURS);
  const candidates = [...new Set([before, after])]
    .map((offset) => wall - offset)
    .filter((instant) => instant + parisOffsetMs(instant) === wall)
    .sort((a, b) => a - b);
  return new Date(candidates[0] ?? wall - before);
}

/** ISO weekday of a date-only value: 1 = Monday … 7 = Sunday. */
export function isoWeekday(day: string): number {
  return new Date(`${day}T00:00:00Z`).getUTCDay() || 7;
}

/** Every date from `from` to `to`, both included. */
export function daysBetween(from: string, to: string): string[] {
  const days: string[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) days.push(day);
  return days;
}
