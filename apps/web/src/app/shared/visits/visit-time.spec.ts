import { aVisit } from '../../../testing/visit-fixtures';
import {
  addDays,
  formatSpokenHour,
  formatVisitWhen,
  groupByParisDay,
  needsReport,
  parisDay,
  splitByNow,
} from './visit-time';

describe('visit time (Paris)', () => {
  it('writes a visit’s day and hours in French, in Paris time', () => {
    // given
    const sut = aVisit({ startsAt: '2026-12-01T13:00:00.000Z', endsAt: '2026-12-01T14:00:00.000Z' });
    // then
    expect(formatVisitWhen(sut, 'fr')).toBe('mardi 1 décembre, 14:00–15:00');
    expect(formatSpokenHour(sut.startsAt, 'fr')).toBe('14 h');
    expect(formatSpokenHour('2026-12-01T13:30:00.000Z', 'fr')).toBe('14 h 30');
  });

  it('keeps 14:00 Paris on both sides of the end-of-October clock change', () => {
    // summer time (UTC+2), then winter time (UTC+1)
    expect(
      formatVisitWhen(aVisit({ startsAt: '2026-10-20T12:00:00Z', endsAt: '2026-10-20T13:00:00Z' }), 'fr'),
    ).toBe('mardi 20 octobre, 14:00–15:00');
    expect(
      formatVisitWhen(aVisit({ startsAt: '2026-10-27T13:00:00Z', endsAt: '2026-10-27T14:00:00Z' }), 'fr'),
    ).toBe('mardi 27 octobre, 14:00–15:00');
  });

  it('groups visits by their Paris day, not the UTC day', () => {
    // given: 23:30 UTC on 1 December is already 00:30 on 2 December in Paris
    const late = aVisit({ id: 'late', startsAt: '2026-12-01T23:30:00Z', endsAt: '2026-12-02T00:30:00Z' });
    const afternoon = aVisit({
      id: 'afternoon',
      startsAt: '2026-12-02T13:00:00Z',
      endsAt: '2026-12-02T14:00:00Z',
    });
    const morning = aVisit({
      id: 'morning',
      startsAt: '2026-12-01T08:00:00Z',
      endsAt: '2026-12-01T09:00:00Z',
    });
    // when
    const sut = groupByParisDay([afternoon, late, morning]);
    // then
    expect(sut.map((g) => [g.day, g.visits.map((v) => v.id)])).toEqual([
      ['2026-12-01', ['morning']],
      ['2026-12-02', ['late', 'afternoon']],
    ]);
  });

  it('computes the Paris day of an instant and moves days across month ends', () => {
    expect(parisDay('2026-12-31T23:30:00Z')).toBe('2027-01-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('splits upcoming from past visits and flags past planned ones as waiting for a report', () => {
    // given
    const now = new Date('2026-12-01T13:30:00Z');
    const ongoing = aVisit({ id: 'ongoing' });
    const older = aVisit({ id: 'older', startsAt: '2026-11-20T13:00:00Z', endsAt: '2026-11-20T14:00:00Z' });
    const recent = aVisit({
      id: 'recent',
      status: 'done',
      startsAt: '2026-11-27T13:00:00Z',
      endsAt: '2026-11-27T14:00:00Z',
    });
    // when
    const sut = splitByNow([older, ongoing, recent], now);
    // then
    expect(sut.upcoming.map((v) => v.id)).toEqual(['ongoing']);
    expect(sut.past.map((v) => v.id)).toEqual(['recent', 'older']);
    expect(needsReport(older, now)).toBe(true);
    expect(needsReport(recent, now)).toBe(false);
    expect(needsReport(ongoing, now)).toBe(false);
  });
});
