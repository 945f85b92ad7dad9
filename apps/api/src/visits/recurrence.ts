import { Frequency, RRule } from 'rrule';
import { VISIT_SERIES_MAX_OCCURRENCES } from '@passerelle/contracts';
import { InvalidFieldError } from '../common/domain-error';
import { parisWallTimeToUtc } from '../common/calendar';

/** One planned occurrence of a series, as instants. */
export interface Occurrence {
  /** Its start as the rule plans it: the occurrence's identity, kept when it is moved. */
  key: Date;
  startsAt: Date;
  endsAt: Date;
}

export interface SeriesRule {
  rrule: string;
  /** Paris day the series starts from, 'YYYY-MM-DD'. */
  firstDate: string;
  /** Paris wall-clock time, 'HH:MM'. */
  time: string;
  durationMinutes: number;
  travelBufferMinutes: number;
}

const ALLOWED_FREQUENCIES = new Set([Frequency.DAILY, Frequency.WEEKLY, Frequency.MONTHLY]);
// The time of day comes from `time`; a rule carrying its own start, zone or hours is refused.
const FORBIDDEN_PARTS = /(^|;)(DTSTART|TZID|BYHOUR|BYMINUTE|BYSECOND)[=:]/;

/**
 * Expands a series into instants. The rule runs over Paris wall-clock dates ("floating" dates whose
 * UTC fields are the Paris fields: the rrule package's own time zone handling depends on the process
 * zone); each date is then turned into an instant in Paris, so 14:00 stays 14:00 across the
 * daylight-saving changes (12:00Z in summer, 13:00Z in winter).
 */
export function expandSeries(rule: SeriesRule): Occurrence[] {
  const text = rule.rrule.replace(/^RRULE:/, '');
  if (FORBIDDEN_PARTS.test(text)) {
    throw new InvalidFieldError('rrule', 'L’heure vient du champ « heure » : la règle ne peut pas la fixer.');
  }
  let options: ReturnType<typeof RRule.parseString>;
  try {
    options = RRule.parseString(text);
  } catch {
    throw new InvalidFieldError('rrule', 'Règle de récurrence invalide.');
  }
  if (options.freq === undefined || !ALLOWED_FREQUENCIES.has(options.freq)) {
    throw new InvalidFieldError('rrule', 'Fréquence possible : quotidienne, hebdomadaire ou mensuelle.');
  }
  if (!options.count && !options.until) {
    throw new InvalidFieldError('rrule', 'La série doit avoir une fin (COUNT ou UNTIL).');
  }
  const [y, m, d] = rule.firstDate.split('-').map(Number) as [number, number, number];
  const [hh, mm] = rule.time.split(':').map(Number) as [number, number];
  // UNTIL names a Paris day or moment; as a floating date it includes the whole of that day.
  const until = options.until ? endOfFloatingDay(options.until, /UNTIL=\d{8}(;|$)/.test(text)) : null;
  let dates: Date[];
  try {
    dates = new RRule({
      ...options,
      until,
      tzid: null,
      dtstart: new Date(Date.UTC(y, m - 1, d, hh, mm)),
    }).all((_date, i) => i <= VISIT_SERIES_MAX_OCCURRENCES);
  } catch {
    throw new InvalidFieldError('rrule', 'Règle de récurrence invalide.');
  }
  if (dates.length === 0) throw new InvalidFieldError('rrule', 'Cette règle ne donne aucune visite.');
  if (dates.length > VISIT_SERIES_MAX_OCCURRENCES) {
    throw new InvalidFieldError(
      'rrule',
      `Une série compte au plus ${VISIT_SERIES_MAX_OCCURRENCES} visites : raccourcissez-la.`,
    );
  }
  const occurrences = dates.map((floating) => {
    const startsAt = parisWallTimeToUtc(floating.toISOString().slice(0, 10), rule.time);
    return { key: startsAt, startsAt, endsAt: new Date(startsAt.getTime() + rule.durationMinutes * 60_000) };
  });
  const gapMs = rule.travelBufferMinutes * 60_000;
  for (let i = 1; i < occurrences.length; i++) {
    if (occurrences[i]!.startsAt.getTime() < occurrences[i - 1]!.endsAt.getTime() + gapMs) {
      throw new InvalidFieldError('rrule', 'Les visites de cette série se chevauchent.');
    }
  }
  return occurrences;
}

function endOfFloatingDay(until: Date, dateOnly: boolean): Date {
  if (!dateOnly) return until;
  const end = new Date(until);
  end.setUTCHours(23, 59, 59, 0);
  return end;
}
