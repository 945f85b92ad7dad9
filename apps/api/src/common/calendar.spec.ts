import {
  addDays,
  daysBetween,
  frenchLongDate,
  isoWeekday,
  parisWallTimeToUtc,
  todayInParis,
} from './calendar';
import { frenchPublicHolidays, publicHolidayOn } from './french-holidays';

describe('calendar', () => {
  it('takes today from Paris, not from the server clock', () => {
    expect(todayInParis(new Date('2026-03-11T23:30:00Z'))).toBe('2026-03-12');
    expect(todayInParis(new Date('2026-07-01T21:59:00Z'))).toBe('2026-07-01');
  });

  it('adds days across months, years and the clock change', () => {
    expect(addDays('2026-03-25', 7)).toBe('2026-04-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-10-25', -1)).toBe('2026-10-24');
  });

  it('writes dates the French way', () => {
    expect(frenchLongDate('2026-03-12')).toBe('jeudi 12 mars 2026');
  });

  it('reads Paris wall-clock times in winter and in summer time', () => {
    expect(parisWallTimeToUtc('2026-01-13', '14:00').toISOString()).toBe('2026-01-13T13:00:00.000Z');
    expect(parisWallTimeToUtc('2026-07-14', '14:00').toISOString()).toBe('2026-07-14T12:00:00.000Z');
    expect(parisWallTimeToUtc('2026-12-31', '23:30').toISOString()).toBe('2026-12-31T22:30:00.000Z');
    expect(parisWallTimeToUtc('2027-01-01', '00:15').toISOString()).toBe('2026-12-31T23:15:00.000Z');
  });

  it('follows the clock changes of late October and late March', () => {
    // 25 October 2026: 03:00 summer time becomes 02:00 winter time
    expect(parisWallTimeToUtc('2026-10-24', '14:00').toISOString()).toBe('2026-10-24T12:00:00.000Z');
    expect(parisWallTimeToUtc('2026-10-25', '14:00').toISOString()).toBe('2026-10-25T13:00:00.000Z');
    expect(parisWallTimeToUtc('2026-10-25', '01:30').toISOString()).toBe('2026-10-24T23:30:00.000Z');
    // 02:30 happens twice: the first one, still in summer time
    expect(parisWallTimeToUtc('2026-10-25', '02:30').toISOString()).toBe('2026-10-25T00:30:00.000Z');
    expect(parisWallTimeToUtc('2026-10-25', '03:00').toISOString()).toBe('2026-10-25T02:00:00.000Z');
    // 28 March 2027: 02:00 winter time becomes 03:00 summer time
    expect(parisWallTimeToUtc('2027-03-27', '14:00').toISOString()).toBe('2027-03-27T13:00:00.000Z');
    expect(parisWallTimeToUtc('2027-03-28', '14:00').toISOString()).toBe('2027-03-28T12:00:00.000Z');
    expect(parisWallTimeToUtc('2027-03-28', '01:59').toISOString()).toBe('2027-03-28T00:59:00.000Z');
    // 02:30 does not exist that night: read as after the jump, 03:30 summer time
    expect(parisWallTimeToUtc('2027-03-28', '02:30').toISOString()).toBe('2027-03-28T01:30:00.000Z');
    expect(parisWallTimeToUtc('2027-03-28', '03:00').toISOString()).toBe('2027-03-28T01:00:00.000Z');
  });

  it('numbers weekdays the ISO way and lists days across months', () => {
    expect(isoWeekday('2026-10-26')).toBe(1);
    expect(isoWeekday('2026-10-27')).toBe(2);
    expect(isoWeekday('2026-11-01')).toBe(7);
    expect(daysBetween('2026-02-27', '2026-03-02')).toEqual([
      '2026-02-27',
      '2026-02-28',
      '2026-03-01',
      '2026-03-02',
    ]);
    expect(daysBetween('2026-03-02', '2026-03-01')).toEqual([]);
  });

  it('knows the eleven public holidays of metropolitan France, Easter-based ones included', () => {
    const holidays = frenchPublicHolidays(2027);
    expect(holidays.size).toBe(11);
    expect(holidays.get('2027-01-01')).toBe("Jour de l'an");
    expect(holidays.get('2027-03-29')).toBe('Lundi de Pâques'); // the day after the March clock change
    expect(holidays.get('2027-05-06')).toBe('Ascension');
    expect(holidays.get('2027-05-17')).toBe('Lundi de Pentecôte');
    expect(holidays.get('2027-12-25')).toBe('Noël');
    expect(publicHolidayOn('2026-05-01')).toBe('Fête du travail');
    expect(publicHolidayOn('2026-11-11')).toBe('Armistice');
    expect(publicHolidayOn('2026-12-26')).toBeNull(); // Saint Étienne: Alsace-Moselle only
    expect(publicHolidayOn('2026-10-27')).toBeNull();
  });

  it('gives the same holidays and instants when the server itself runs on Paris time', () => {
    const saved = process.env.TZ;
    process.env.TZ = 'Europe/Paris';
    try {
      // a year no other test has read, so nothing comes from the cache
      const holidays = frenchPublicHolidays(2031);
      expect(holidays.get('2031-04-14')).toBe('Lundi de Pâques');
      expect(holidays.get('2031-05-22')).toBe('Ascension');
      expect(holidays.get('2031-06-02')).toBe('Lundi de Pentecôte');
      expect(holidays.get('2031-12-25')).toBe('Noël');
      expect(parisWallTimeToUtc('2031-10-28', '14:00').toISOString()).toBe('2031-10-28T13:00:00.000Z');
    } finally {
      process.env.TZ = saved;
    }
  });
});
