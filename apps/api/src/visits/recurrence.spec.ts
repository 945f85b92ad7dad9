import { expandSeries } from './recurrence';

const weekly = { time: '14:00', durationMinutes: 60, travelBufferMinutes: 30 };

describe('expandSeries', () => {
  it('keeps 14:00 Paris time across the end of summer time (12:00Z, then 13:00Z)', () => {
    const sut = expandSeries({ ...weekly, rrule: 'FREQ=WEEKLY;BYDAY=TU;COUNT=8', firstDate: '2026-10-13' });

    expect(sut.map((o) => o.startsAt.toISOString())).toEqual([
      '2026-10-13T12:00:00.000Z',
      '2026-10-20T12:00:00.000Z',
      '2026-10-27T13:00:00.000Z',
      '2026-11-03T13:00:00.000Z',
      '2026-11-10T13:00:00.000Z',
      '2026-11-17T13:00:00.000Z',
      '2026-11-24T13:00:00.000Z',
      '2026-12-01T13:00:00.000Z',
    ]);
    expect(sut[2]!.endsAt.toISOString()).toBe('2026-10-27T14:00:00.000Z');
    expect(sut.every((o) => o.key.getTime() === o.startsAt.getTime())).toBe(true);
  });

  it('keeps 14:00 across the start of summer time and includes a date-only UNTIL day', () => {
    const sut = expandSeries({
      ...weekly,
      rrule: 'FREQ=WEEKLY;BYDAY=TU;UNTIL=20260407',
      firstDate: '2026-03-17',
    });

    expect(sut.map((o) => o.startsAt.toISOString())).toEqual([
      '2026-03-17T13:00:00.000Z',
      '2026-03-24T13:00:00.000Z',
      '2026-03-31T12:00:00.000Z',
      '2026-04-07T12:00:00.000Z',
    ]);
  });

  it('starts at the first matching day on or after the first date', () => {
    const sut = expandSeries({
      ...weekly,
      rrule: 'FREQ=WEEKLY;BYDAY=TU,FR;COUNT=3',
      firstDate: '2026-10-14',
    });

    expect(sut.map((o) => o.startsAt.toISOString().slice(0, 10))).toEqual([
      '2026-10-16',
      '2026-10-20',
      '2026-10-23',
    ]);
  });

  it.each([
    ['FREQ=WEEKLY;BYDAY=TU', /fin/],
    ['FREQ=HOURLY;COUNT=3', /Fréquence/],
    ['FREQ=WEEKLY;BYHOUR=9;COUNT=3', /heure/],
    ['FREQ=DAILY;COUNT=500', /au plus 104/],
    ['FREQ=WEEKLY;BYDAY=XX;COUNT=2', /invalide/],
  ])('refuses %s', (rrule, message) => {
    expect(() => expandSeries({ ...weekly, rrule, firstDate: '2026-10-13' })).toThrow(
      expect.objectContaining({
        errors: [expect.objectContaining({ path: 'rrule', message: expect.stringMatching(message) })],
      }),
    );
  });

  it('refuses occurrences that would overlap one another with their buffer', () => {
    expect(() =>
      expandSeries({
        rrule: 'FREQ=DAILY;COUNT=3',
        firstDate: '2026-10-13',
        time: '14:00',
        durationMinutes: 480,
        travelBufferMinutes: 240,
      }),
    ).not.toThrow();
    expect(() =>
      expandSeries({
        rrule: 'FREQ=DAILY;COUNT=3',
        firstDate: '2026-10-13',
        time: '14:00',
        durationMinutes: 480,
        travelBufferMinutes: 961,
      }),
    ).toThrow(/invalides/);
  });
});
