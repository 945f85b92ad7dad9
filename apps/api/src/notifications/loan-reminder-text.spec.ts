import { loanReminderText, type LoanReminderFacts } from './loan-reminder-text';

const facts = (values: Partial<LoanReminderFacts> = {}): LoanReminderFacts => ({
  kind: 'loan_due_soon',
  recipientRole: 'coordinator',
  recipientFirstName: 'Nadia',
  deviceId: 'd1',
  deviceKind: 'tablet',
  assetTag: 'LIL-0042',
  borrowerName: 'Gisèle Vandamme',
  seniorId: 's1',
  dueOn: '2026-03-12',
  today: '2026-03-05',
  ...values,
});

describe('loanReminderText', () => {
  it('tells the coordination, in plain French, which device comes back when, with a link to it', () => {
    const sut = loanReminderText(facts(), 'https://passerelle.example');
    expect(sut.subject).toBe('Retour prévu le jeudi 12 mars 2026 : tablette LIL-0042');
    expect(sut.body).toBe(
      [
        'Bonjour Nadia,',
        '',
        'La tablette LIL-0042 prêtée à Gisèle Vandamme doit revenir au centre le jeudi 12 mars 2026 (dans 7 jours).',
        '',
        'Convenez du retour avec la personne, ou prolongez le prêt si elle en a encore besoin.',
        'https://passerelle.example/coordination/appareils/d1',
        '',
        'Message automatique de Passerelle, merci de ne pas y répondre.',
      ].join('\n'),
    );
  });

  it('asks the volunteer to talk about it, linking to the senior they coach', () => {
    const sut = loanReminderText(
      facts({
        kind: 'loan_overdue',
        recipientRole: 'volunteer',
        today: '2026-03-15',
        deviceKind: 'computer',
      }),
      'https://passerelle.example',
    );
    expect(sut.subject).toBe('Prêt en retard : ordinateur LIL-0042');
    expect(sut.body).toContain(
      'L’ordinateur LIL-0042 prêté à Gisèle Vandamme devait revenir au centre le jeudi 12 mars 2026 (il y a 3 jours).',
    );
    expect(sut.body).toContain('Pouvez-vous en parler avec Gisèle Vandamme');
    expect(sut.body).toContain('https://passerelle.example/benevole/seniors/s1');
    expect(sut.smsBody).toMatch(/^Passerelle : L’ordinateur LIL-0042 prêté à Gisèle Vandamme devait revenir/);
    expect(sut.smsBody.length).toBeLessThanOrEqual(240);
  });

  it('speaks of a household when the loan is not to one person', () => {
    const sut = loanReminderText(facts({ borrowerName: null, seniorId: null, today: '2026-03-11' }), '');
    expect(sut.body).toContain('prêtée à un foyer doit revenir au centre le jeudi 12 mars 2026 (demain).');
  });
});
