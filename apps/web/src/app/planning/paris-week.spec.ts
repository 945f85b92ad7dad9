import { addDays, parisDate, parisInstant, parisTime, parisWeekOf, weekStarting } from './paris-week';

describe('Paris weeks', () => {
  it('takes the Paris day, not the UTC one, to find the week', () => {
    // given Monday 26 October 2026 at 00:30 in Paris, still Sunday 25 in UTC
    const now = new Date('2026-10-25T23:30:00Z');
    // when
    const sut = parisWeekOf(now);
    // then
    expect(sut.from).toBe('2026-10-26');
    expect(sut.to).toBe('2026-11-01');
  });

  it('gives seven days, Monday to Sunday, across the end of summer time (25 October 2026)', () => {
    // when
    const sut = parisWeekOf(new Date('2026-10-25T12:00:00Z'));
    // then
    expect(sut.days).toEqual([
      '2026-10-19',
      '2026-10-20',
      '2026-10-21',
      '2026-10-22',
      '2026-10-23',
      '2026-10-24',
      '2026-10-25',
    ]);
    expect(weekStarting(addDays(sut.from, 7)).from).toBe('2026-10-26');
    expect(weekStarting(addDays(sut.from, -7)).to).toBe('2026-10-18');
  });

  it('keeps 14:00 Paris time on both sides of the change', () => {
    // when / then: summer time is UTC+2, winter time UTC+1
    expect(parisInstant('2026-10-20', '14:00')).toBe('2026-10-20T12:00:00.000Z');
    expect(parisInstant('2026-10-27', '14:00')).toBe('2026-10-27T13:00:00.000Z');
    // the day of the change itself: 14:00 is already winter time
    expect(parisInstant('2026-10-25', '14:00')).toBe('2026-10-25T13:00:00.000Z');
    expect(parisTime('2026-10-24T12:00:00Z')).toBe('14:00');
    expect(parisTime('2026-10-25T13:00:00Z')).toBe('14:00');
  });

  it('puts a late-evening visit on its Paris day', () => {
    expect(parisDate('2026-10-27T23:15:00Z')).toBe('2026-10-28');
    expect(parisDate('2026-10-24T21:59:00Z')).toBe('2026-10-24');
    expect(parisDate('2026-10-24T22:00:00Z')).toBe('2026-10-25');
  });
});
