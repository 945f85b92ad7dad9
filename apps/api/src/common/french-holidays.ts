// The package ships no type declarations; its one export is typed here.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const joursFeries = require('@socialgouv/jours-feries') as (
  year: number,
  options?: { alsace?: boolean },
) => Record<string, Date>;

const byYear = new Map<number, ReadonlyMap<string, string>>();

/**
 * Public holidays of metropolitan France (without the two extra days of Alsace-Moselle) for a year:
 * date 'YYYY-MM-DD' → French name.
 */
export function frenchPublicHolidays(year: number): ReadonlyMap<string, string> {
  let holidays = byYear.get(year);
  if (!holidays) {
    // The package builds each date at local midnight of the process (possibly an hour later after a
    // clock change), so its local calendar fields are the holiday's date whatever TZ is.
    holidays = new Map(
      Object.entries(joursFeries(year, { alsace: false })).map(([name, date]) => [localDate(date), name]),
    );
    byYear.set(year, holidays);
  }
  return holidays;
}

/** The name of the public holiday on a date-only value, or null on an ordinary day. */
export function publicHolidayOn(day: string): string | null {
  return frenchPublicHolidays(Number(day.slice(0, 4))).get(day) ?? null;
}

function localDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
