import { HttpErrorResponse } from '@angular/common/http';
import { fr, type TranslationKey } from '../shared/i18n/fr';
import { interpolate, type TranslationParams } from '../shared/i18n/translation.service';
import { describeVisitError } from './visit-errors';

const t = (key: TranslationKey, params?: TranslationParams): string => interpolate(fr[key], params);

function refusal(body: unknown): HttpErrorResponse {
  return new HttpErrorResponse({ status: 409, error: body });
}

const camille = { id: '11111111-1111-4111-8111-111111111111', firstName: 'Camille', lastName: 'Dubois' };
const jeanne = { id: '22222222-2222-4222-8222-222222222222', firstName: 'Jeanne', lastName: 'Martin' };

describe('describeVisitError', () => {
  it('names the conflicting visit in plain French, in Paris time', () => {
    // given a 409 visit_conflict with the volunteer's visit in its details
    const error = refusal({
      code: 'visit_conflict',
      message: 'Camille Dubois a déjà une visite…',
      details: {
        conflicts: [
          {
            clash: 'volunteer',
            visit: {
              id: '33333333-3333-4333-8333-333333333333',
              startsAt: '2026-12-01T13:00:00.000Z',
              endsAt: '2026-12-01T14:00:00.000Z',
              travelBufferMinutes: 30,
              senior: jeanne,
              volunteer: camille,
            },
          },
        ],
      },
    });
    // when
    const sut = describeVisitError(error, t, 'fr');
    // then
    expect(sut.message).toBe('Ce créneau n’est pas libre (trajet compris) :');
    expect(sut.items).toEqual(['Camille Dubois a déjà une visite mardi 1 décembre de 14:00 à 15:00']);
  });

  it('names the senior when the senior is the one already busy, and both when both are', () => {
    const visit = {
      id: '33333333-3333-4333-8333-333333333333',
      startsAt: '2026-07-07T08:30:00Z',
      endsAt: '2026-07-07T09:30:00Z',
      travelBufferMinutes: 0,
      senior: jeanne,
      volunteer: camille,
    };
    const sut = describeVisitError(
      refusal({
        code: 'visit_conflict',
        message: '…',
        details: {
          conflicts: [
            { clash: 'senior', visit },
            { clash: 'both', visit },
          ],
        },
      }),
      t,
      'fr',
    );
    expect(sut.items).toEqual([
      'Jeanne Martin a déjà une visite mardi 7 juillet de 10:30 à 11:30',
      'Camille Dubois et Jeanne Martin ont déjà une visite mardi 7 juillet de 10:30 à 11:30',
    ]);
  });

  it('says which training is missing on 409 volunteer_not_eligible', () => {
    const sut = describeVisitError(
      refusal({
        code: 'volunteer_not_eligible',
        message: '…',
        details: {
          charterSigned: true,
          missingTrainings: [{ courseId: camille.id, title: 'Accompagner un senior à domicile' }],
        },
      }),
      t,
      'fr',
    );
    expect(sut.message).toBe('Ce bénévole ne peut pas encore faire de visites à domicile.');
    expect(sut.items).toEqual([
      'Ne peut pas encore : formation manquante « Accompagner un senior à domicile »',
    ]);
  });

  it('names the full week and the volunteer’s weekly limit on 409 volunteer_week_full', () => {
    const sut = describeVisitError(
      refusal({
        code: 'volunteer_week_full',
        message: '…',
        details: { volunteerId: camille.id, weekStart: '2026-12-07', maxVisitsPerWeek: 2, visitCount: 2 },
      }),
      t,
      'fr',
    );
    expect(sut.message).toBe('Ce bénévole a déjà toutes les visites qu’il accepte cette semaine-là.');
    expect(sut.items).toEqual([
      'Semaine du lundi 7 décembre : au plus 2 visite(s) par semaine, d’après son profil. Choisissez une autre semaine ou un autre bénévole.',
    ]);
  });

  it('lists a series’ full weeks among its clashes', () => {
    const sut = describeVisitError(
      refusal({
        code: 'visit_series_conflict',
        message: '…',
        details: {
          occurrences: [
            {
              occurrenceKey: '2026-11-06T13:00:00.000Z',
              startsAt: '2026-11-06T13:00:00.000Z',
              endsAt: '2026-11-06T14:00:00.000Z',
              conflicts: [],
              weekFull: true,
            },
          ],
        },
      }),
      t,
      'fr',
    );
    expect(sut.items).toEqual(['Semaine du vendredi 6 novembre : le bénévole a déjà son maximum de visites']);
  });

  it('falls back on the generic message of the code', () => {
    const sut = describeVisitError(new HttpErrorResponse({ status: 0 }), t, 'fr');
    expect(sut.items).toEqual([]);
    expect(sut.message).toBe(fr['error.network']);
  });
});
