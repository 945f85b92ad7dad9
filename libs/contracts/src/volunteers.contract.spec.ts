import { AvailableSlotsQuerySchema, UpdateAvailabilityWindowsSchema } from './volunteers.contract';

describe('volunteers contract', () => {
  it('refuses overlapping windows on the same weekday, pointing at the second one', () => {
    const sut = UpdateAvailabilityWindowsSchema.safeParse({
      windows: [
        { weekday: 2, startsAt: '14:00', endsAt: '17:00' },
        { weekday: 3, startsAt: '15:00', endsAt: '16:00' },
        { weekday: 2, startsAt: '16:30', endsAt: '18:00' },
      ],
    });
    expect(sut.success).toBe(false);
    expect(sut.error?.issues.map((i) => i.path.join('.'))).toEqual(['windows.2.startsAt']);
  });

  it('accepts touching windows and refuses a window that ends before it starts', () => {
    expect(
      UpdateAvailabilityWindowsSchema.safeParse({
        windows: [
          { weekday: 2, startsAt: '09:00', endsAt: '12:00' },
          { weekday: 2, startsAt: '12:00', endsAt: '13:00' },
        ],
      }).success,
    ).toBe(true);
    const backwards = UpdateAvailabilityWindowsSchema.safeParse({
      windows: [{ weekday: 1, startsAt: '17:00', endsAt: '14:00' }],
    });
    expect(backwards.error?.issues.map((i) => i.path.join('.'))).toEqual(['windows.0.endsAt']);
    expect(
      UpdateAvailabilityWindowsSchema.safeParse({
        windows: [{ weekday: 8, startsAt: '9:00', endsAt: '24:00' }],
      }).error?.issues.length,
    ).toBe(3);
  });

  it('limits available slots to 62 days', () => {
    expect(AvailableSlotsQuerySchema.safeParse({ from: '2026-10-01', to: '2026-12-01' }).success).toBe(true);
    expect(AvailableSlotsQuerySchema.safeParse({ from: '2026-10-01', to: '2026-12-02' }).success).toBe(false);
    expect(AvailableSlotsQuerySchema.safeParse({ from: '2026-10-02', to: '2026-10-01' }).success).toBe(false);
  });
});
