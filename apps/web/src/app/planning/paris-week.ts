import { VISIT_TIME_ZONE } from '@passerelle/contracts';
import type { Language } from '../shared/i18n/translation.service';

/** Calendar arithmetic for the planning: every day is a Paris day ('YYYY-MM-DD'), whatever the browser's zone. */

const DAY_MS = 86_400_000;

const PARIS_PARTS = new Intl.DateTimeFormat('en-GB', {
  timeZone: VISIT_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

interface ParisParts {
  date: string;
  time: string;
}

/** The Paris day and wall-clock time of an instant. */
export function parisParts(instant: string | Date): ParisParts {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  const part = (type: Intl.DateTimeFormatPartTypes): string =>
    PARIS_PARTS.formatToParts(date).find((p) => p.type === type)?.value ?? '00';
  return {
    date: `${part('year')}-${part('month')}-${part('day')}`,
    time: `${part('hour')}:${part('minute')}`,
  };
}

export function parisDate(instant: string | Date): string {
  return parisParts(instant).date;
}

export function parisTime(instant: string | Date): string {
  return parisParts(instant).time;
}

/** 'YYYY-MM-DD' plus some days (date-only arithmetic, no time zone involved). */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** ISO weekday of a date: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

/** The Monday of the week holding this date. */
export function mondayOf(date: string): string {
  return addDays(date, 1 - isoWeekday(date));
}

export interface Week {
  /** Monday. */
  from: string;
  /** Sunday. */
  to: string;
  /** Monday to Sunday. */
  days: string[];
}

export function weekStarting(monday: string): Week {
  const days = Array.from({ length: 7 }, (_, i) => addDays(monday, i));
  return { from: days[0] ?? monday, to: days[6] ?? monday, days };
}

/** The Paris week (Monday–Sunday) holding this instant. */
export function parisWeekOf(now: Date = new Date()): Week {
  return weekStarting(mondayOf(parisDate(now)));
}

/** The instant (ISO, UTC) of a Paris wall-clock time on a Paris day, daylight saving included. */
export function parisInstant(date: string, time: string): string {
  const [y, m, d] = date.split('-').map(Number);
  const [hh, mm] = time.split(':').map(Number);
  const wall = Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1, hh ?? 0, mm ?? 0);
  // Paris is UTC+1 or UTC+2: try the offset found at the first guess, then correct it once.
  let guess = wall - offsetMinutes(new Date(wall)) * 60_000;
  guess = wall - offsetMinutes(new Date(guess)) * 60_000;
  return new Date(guess).toISOString();
}

/** Minutes Paris is ahead of UTC at this instant (60 in winter, 120 in summer). */
function offsetMinutes(instant: Date): number {
  const { date, time } = parisParts(instant);
  const asUtc = Date.parse(`${date}T${time}:00Z`);
  const exact = Math.floor(instant.getTime() / 60_000) * 60_000;
  return Math.round((asUtc - exact) / 60_000);
}

/** Whole minutes between two instants. */
export function minutesBetween(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / 60_000);
}

function locale(language: Language): string {
  return language === 'fr' ? 'fr-FR' : 'en-GB';
}

/** "mardi 1 décembre" / "Tuesday 1 December" for a Paris day. */
export function formatDay(date: string, language: Language, withYear = false): string {
  return new Intl.DateTimeFormat(locale(language), {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    ...(withYear ? { year: 'numeric' } : {}),
    timeZone: 'UTC',
  }).format(new Date(`${date}T00:00:00Z`));
}

/** "mardi 1 décembre" of an instant, in Paris. */
export function formatInstantDay(instant: string, language: Language): string {
  return formatDay(parisDate(instant), language);
}

/** "du 19 au 25 octobre 2026". */
export function formatWeekRange(week: Week, language: Language): string {
  return new Intl.DateTimeFormat(locale(language), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).formatRange(new Date(`${week.from}T00:00:00Z`), new Date(`${week.to}T00:00:00Z`));
}
