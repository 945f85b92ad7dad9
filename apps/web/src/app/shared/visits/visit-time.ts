import { VISIT_TIME_ZONE, type Visit } from '@passerelle/contracts';
import type { Language } from '../i18n/translation.service';

const LOCALES: Readonly<Record<Language, string>> = { fr: 'fr-FR', en: 'en-GB' };

/** The Paris day of an instant, 'YYYY-MM-DD', whatever the device's own time zone. */
export function parisDay(instant: string | Date): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: VISIT_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(instant));
}

/** Calendar arithmetic on 'YYYY-MM-DD' days (no time of day, so no daylight-saving surprise). */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** "mardi 1 décembre" (Paris). */
export function formatVisitDay(instant: string, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], {
    timeZone: VISIT_TIME_ZONE,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
  }).format(new Date(instant));
}

/** "14:00" (Paris). */
export function formatVisitTime(instant: string, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], {
    timeZone: VISIT_TIME_ZONE,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(instant));
}

/** "14:00–15:00". */
export function formatVisitHours(visit: Pick<Visit, 'startsAt' | 'endsAt'>, language: Language): string {
  return `${formatVisitTime(visit.startsAt, language)}–${formatVisitTime(visit.endsAt, language)}`;
}

/** "mardi 1 décembre, 14:00–15:00". */
export function formatVisitWhen(visit: Pick<Visit, 'startsAt' | 'endsAt'>, language: Language): string {
  return `${formatVisitDay(visit.startsAt, language)}, ${formatVisitHours(visit, language)}`;
}

/** Spoken-style hour for seniors: "14 h", "14 h 30" in French, "2:30 pm" in English. */
export function formatSpokenHour(instant: string, language: Language): string {
  if (language === 'en') {
    return new Intl.DateTimeFormat('en-GB', {
      timeZone: VISIT_TIME_ZONE,
      hour: 'numeric',
      minute: '2-digit',
      hour12: true,
    }).format(new Date(instant));
  }
  const [hours = '0', minutes = '00'] = formatVisitTime(instant, 'fr').split(':');
  return minutes === '00' ? `${Number(hours)} h` : `${Number(hours)} h ${minutes}`;
}

export interface VisitDayGroup<T> {
  /** Paris day, 'YYYY-MM-DD'. */
  day: string;
  visits: T[];
}

/** Visits grouped by their Paris day, days and visits in time order. */
export function groupByParisDay<T extends Pick<Visit, 'startsAt'>>(visits: readonly T[]): VisitDayGroup<T>[] {
  const sorted = [...visits].sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
  const groups: VisitDayGroup<T>[] = [];
  for (const visit of sorted) {
    const day = parisDay(visit.startsAt);
    const last = groups.at(-1);
    if (last?.day === day) last.visits.push(visit);
    else groups.push({ day, visits: [visit] });
  }
  return groups;
}

/** A visit whose time is over and still planned: its report has not been filed. */
export function needsReport(visit: Pick<Visit, 'endsAt' | 'status'>, now: Date): boolean {
  return visit.status === 'planned' && Date.parse(visit.endsAt) <= now.getTime();
}

/** Upcoming (not over yet, soonest first) and past (most recent first). */
export function splitByNow<T extends Pick<Visit, 'startsAt' | 'endsAt'>>(
  visits: readonly T[],
  now: Date,
): { upcoming: T[]; past: T[] } {
  const upcoming = visits.filter((v) => Date.parse(v.endsAt) > now.getTime());
  const past = visits
    .filter((v) => Date.parse(v.endsAt) <= now.getTime())
    .sort((a, b) => Date.parse(b.startsAt) - Date.parse(a.startsAt));
  return { upcoming, past };
}
