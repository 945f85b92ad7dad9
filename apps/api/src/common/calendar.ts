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
