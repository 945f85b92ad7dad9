import type { Visit } from '@passerelle/contracts';

export const VISIT_ID = '77777777-7777-4777-8777-777777777777';

/** Tuesday 1 December 2026, 14:00–15:00 in Paris (13:00–14:00 UTC, winter time). */
export function aVisit(overrides: Partial<Visit> = {}): Visit {
  return {
    id: VISIT_ID,
    centreId: '11111111-1111-4111-8111-111111111111',
    senior: { id: '22222222-2222-4222-8222-222222222222', firstName: 'Jeanne', lastName: 'Dupont' },
    volunteer: { id: '33333333-3333-4333-8333-333333333333', firstName: 'Camille', lastName: 'Martin' },
    seriesId: null,
    occurrenceKey: null,
    startsAt: '2026-12-01T13:00:00.000Z',
    endsAt: '2026-12-01T14:00:00.000Z',
    travelBufferMinutes: 30,
    place: 'home',
    placeNote: null,
    purpose: { courseIds: [], lessonKeys: [], note: null },
    status: 'planned',
    outcome: null,
    cancelledReason: null,
    createdAt: '2026-11-20T10:00:00.000Z',
    updatedAt: '2026-11-20T10:00:00.000Z',
    ...overrides,
  };
}
