import { aDeviceEvent } from '../../testing/device-fixtures';
import { fr } from '../shared/i18n/fr';
import { interpolate, type TranslationParams } from '../shared/i18n/translation.service';
import type { TranslationKey } from '../shared/i18n/fr';
import {
  daysLate,
  deviceEventSentence,
  learningVerbLabel,
  returnIssueLabel,
  todayInParis,
} from './device-labels';

const t = (key: TranslationKey, params?: TranslationParams) => interpolate(fr[key], params);

describe('device labels', () => {
  it('writes each history event as a plain French sentence', () => {
    expect(deviceEventSentence(aDeviceEvent({ type: 'created' }), t)).toBe('Ajouté à l’inventaire');
    expect(
      deviceEventSentence(
        aDeviceEvent({ type: 'status_changed', fromStatus: 'in_stock', toStatus: 'in_repair' }),
        t,
      ),
    ).toBe('Statut changé : « En stock » devient « En réparation »');
    expect(
      deviceEventSentence(aDeviceEvent({ type: 'lent', details: { recipientName: 'Jeanne Dupont' } }), t),
    ).toBe('Prêté à Jeanne Dupont');
    expect(deviceEventSentence(aDeviceEvent({ type: 'given', details: {} }), t)).toBe('Donné');
    expect(deviceEventSentence(aDeviceEvent({ type: 'returned', toStatus: 'in_stock' }), t)).toBe(
      'Rendu, puis passé au statut « En stock »',
    );
    expect(
      deviceEventSentence(aDeviceEvent({ type: 'extended', details: { dueOn: '2026-09-01' } }), t, (d) => d),
    ).toBe('Prêt prolongé jusqu’au 2026-09-01');
  });

  it('names the problems found at return, and keeps an unknown one as sent', () => {
    expect(returnIssueLabel('missing:charger', t)).toBe('Chargeur manquant');
    expect(returnIssueLabel('personal_data_not_wiped', t)).toBe('Données personnelles non effacées');
    expect(returnIssueLabel('écran fêlé', t)).toBe('écran fêlé');
    expect(learningVerbLabel('completed', t)).toBe('A terminé');
    expect(learningVerbLabel('launched', t)).toBe('launched');
  });

  it('counts the days late from the due date, in Paris', () => {
    // 31 May 2026 at 23:30 UTC is already 1 June in Paris.
    expect(todayInParis(new Date('2026-05-31T23:30:00Z'))).toBe('2026-06-01');
    expect(daysLate('2026-05-25', '2026-06-01')).toBe(7);
    expect(daysLate('2026-06-01', '2026-06-01')).toBe(0);
    expect(daysLate('2026-06-10', '2026-06-01')).toBe(0);
    expect(daysLate(null, '2026-06-01')).toBe(0);
  });
});
