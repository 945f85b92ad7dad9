import { addDays, frenchLongDate, todayInParis } from './calendar';

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
});
