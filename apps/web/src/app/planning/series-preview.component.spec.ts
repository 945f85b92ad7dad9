import { type ComponentFixture, TestBed } from '@angular/core/testing';
import type { SeriesOccurrence } from '@passerelle/contracts';
import { SeriesPreviewComponent } from './series-preview.component';

const camille = { id: '11111111-1111-4111-8111-111111111111', firstName: 'Camille', lastName: 'Dubois' };
const paul = { id: '22222222-2222-4222-8222-222222222222', firstName: 'Paul', lastName: 'Roche' };

function occurrence(
  startsAt: string,
  endsAt: string,
  conflicts: SeriesOccurrence['conflicts'] = [],
  weekFull = false,
): SeriesOccurrence {
  return { occurrenceKey: startsAt, startsAt, endsAt, conflicts, weekFull };
}

describe('SeriesPreviewComponent', () => {
  let fixture: ComponentFixture<SeriesPreviewComponent>;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ imports: [SeriesPreviewComponent] });
    fixture = TestBed.createComponent(SeriesPreviewComponent);
  });

  it('lists every date at 14:00 Paris time across the DST change, each free or with its conflicts', async () => {
    // given a weekly series on Tuesdays at 14:00, the second date clashing with another visit
    fixture.componentRef.setInput('occurrences', [
      occurrence('2026-10-20T12:00:00Z', '2026-10-20T13:00:00Z'),
      occurrence('2026-10-27T13:00:00Z', '2026-10-27T14:00:00Z', [
        {
          clash: 'volunteer',
          visit: {
            id: '33333333-3333-4333-8333-333333333333',
            startsAt: '2026-10-27T13:30:00Z',
            endsAt: '2026-10-27T14:30:00Z',
            travelBufferMinutes: 30,
            senior: paul,
            volunteer: camille,
          },
        },
      ]),
    ]);
    // when
    await fixture.whenStable();
    // then
    const items = [...(fixture.nativeElement as HTMLElement).querySelectorAll('ol > li')];
    expect(items).toHaveLength(2);
    expect(items[0]?.querySelector('strong')?.textContent).toBe('mardi 20 octobre 2026, 14:00–15:00');
    expect(items[0]?.textContent).toContain('Libre');
    expect(items[1]?.querySelector('strong')?.textContent).toBe('mardi 27 octobre 2026, 14:00–15:00');
    expect(items[1]?.textContent).toContain('En conflit');
    expect(items[1]?.querySelector('ul li')?.textContent).toBe(
      'Camille Dubois a déjà une visite mardi 27 octobre de 14:30 à 15:30',
    );
  });

  it('marks a date in a week the volunteer already has their maximum of visits', async () => {
    fixture.componentRef.setInput('occurrences', [
      occurrence('2026-11-03T13:00:00Z', '2026-11-03T14:00:00Z'),
      occurrence('2026-11-06T13:00:00Z', '2026-11-06T14:00:00Z', [], true),
    ]);
    await fixture.whenStable();
    const items = [...(fixture.nativeElement as HTMLElement).querySelectorAll('ol > li')];
    expect(items[0]?.textContent).toContain('Libre');
    expect(items[1]?.textContent).toContain('Semaine complète pour ce bénévole');
    expect(items[1]?.textContent).not.toContain('Libre');
  });
});
