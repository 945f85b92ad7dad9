import type { AvailabilityWindow } from '@passerelle/contracts';
import { availableSlots, fitsInSlots } from './available-slots';

const tuesdayAfternoon: AvailabilityWindow = { weekday: 2, startsAt: '14:00', endsAt: '17:00' };
const iso = (slots: Array<{ start: Date; end: Date }>) =>
  slots.map((s) => [s.start.toISOString(), s.end.toISOString()]);

describe('availableSlots', () => {
  it('keeps Tuesday 14:00–17:00 Paris time across the end-of-October clock change', () => {
    // when
    const sut = availableSlots([tuesdayAfternoon], [], '2026-10-19', '2026-11-04');
    // then: 12:00Z in summer time, 13:00Z once winter time starts on Sunday 25 October
    expect(iso(sut)).toEqual([
      ['2026-10-20T12:00:00.000Z', '2026-10-20T15:00:00.000Z'],
      ['2026-10-27T13:00:00.000Z', '2026-10-27T16:00:00.000Z'],
      ['2026-11-03T13:00:00.000Z', '2026-11-03T16:00:00.000Z'],
    ]);
  });

  it('keeps Tuesday 14:00–17:00 Paris time across the end-of-March clock change', () => {
    const sut = availableSlots([tuesdayAfternoon], [], '2027-03-22', '2027-04-07');
    expect(iso(sut)).toEqual([
      ['2027-03-23T13:00:00.000Z', '2027-03-23T16:00:00.000Z'],
      ['2027-03-30T12:00:00.000Z', '2027-03-30T15:00:00.000Z'],
      ['2027-04-06T12:00:00.000Z', '2027-04-06T15:00:00.000Z'],
    ]);
  });

  it('leaves out French public holidays: Christmas and May Day', () => {
    // given: a volunteer available every afternoon
    const everyDay = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ ...tuesdayAfternoon, weekday }));
    // when
    const days = (from: string, to: string) =>
      availableSlots(everyDay, [], from, to).map((s) => s.start.toISOString().slice(0, 10));
    // then
    expect(days('2026-12-23', '2026-12-27')).toEqual([
      '2026-12-23',
      '2026-12-24',
      '2026-12-26',
      '2026-12-27',
    ]);
    expect(days('2026-04-30', '2026-05-02')).toEqual(['2026-04-30', '2026-05-02']);
    // 1 and 8 May 2029 are Tuesdays, both holidays
    expect(iso(availableSlots([tuesdayAfternoon], [], '2029-04-24', '2029-05-15'))).toEqual([
      ['2029-04-24T12:00:00.000Z', '2029-04-24T15:00:00.000Z'],
      ['2029-05-15T12:00:00.000Z', '2029-05-15T15:00:00.000Z'],
    ]);
  });

  it('removes the days of an exception, both ends included', () => {
    const sut = availableSlots(
      [tuesdayAfternoon],
      [{ startsOn: '2026-11-03', endsOn: '2026-11-10' }],
      '2026-10-27',
      '2026-11-24',
    );
    expect(sut.map((s) => s.start.toISOString().slice(0, 10))).toEqual([
      '2026-10-27',
      '2026-11-17',
      '2026-11-24',
    ]);
  });

  it('joins touching windows of a day and keeps separate ones apart', () => {
    const sut = availableSlots(
      [
        { weekday: 4, startsAt: '15:00', endsAt: '17:00' },
        { weekday: 4, startsAt: '09:00', endsAt: '11:00' },
        { weekday: 4, startsAt: '14:00', endsAt: '15:00' },
      ],
      [],
      '2026-06-11',
      '2026-06-11',
    );
    expect(iso(sut)).toEqual([
      ['2026-06-11T07:00:00.000Z', '2026-06-11T09:00:00.000Z'],
      ['2026-06-11T12:00:00.000Z', '2026-06-11T15:00:00.000Z'],
    ]);
  });

  it('tells whether a visit fits entirely inside one slot', () => {
    const slots = availableSlots([tuesdayAfternoon], [], '2026-10-27', '2026-10-27');
    const at = (hhmm: string) => new Date(`2026-10-27T${hhmm}:00Z`);
    expect(fitsInSlots(slots, at('13:00'), at('14:30'))).toBe(true); // 14:00–15:30 Paris
    expect(fitsInSlots(slots, at('15:00'), at('16:00'))).toBe(true); // ends at 17:00 Paris
    expect(fitsInSlots(slots, at('12:30'), at('13:30'))).toBe(false); // starts 13:30 Paris
    expect(fitsInSlots(slots, at('15:30'), at('16:30'))).toBe(false); // ends 17:30 Paris
  });
});
