import type { AgreementTemplate, CampaignReport, ProgrammeReport } from '@passerelle/contracts';

export const LILAS_CENTRE_ID = '33333333-3333-4333-8333-333333333333';

/** The first wave of the demo programme, with the figures the funders' report quotes. */
export function aCampaignReport(overrides: Partial<CampaignReport> = {}): CampaignReport {
  return {
    campaign: {
      id: 'a1000000-0000-4000-8000-000000000001',
      centreId: LILAS_CENTRE_ID,
      centreName: 'Centre social des Lilas',
      name: 'Vague 1 — familles',
      audience: 'households',
      partner: 'Emmaüs Connect',
      startsOn: '2025-03-01',
      endsOn: '2025-06-30',
      householdsIdentified: 650,
      householdsTargeted: 170,
    },
    equipped: 151,
    devicesByKind: { smartphone: 38, basic_phone: 10, tablet: 12, computer: 106, internet_connection: 57 },
    devicesDistributed: 223,
    loans: 40,
    gifts: 183,
    activeLoans: 31,
    overdueLoans: 4,
    returned: 9,
    ...overrides,
  };
}

export function aProgrammeReport(overrides: Partial<ProgrammeReport> = {}): ProgrammeReport {
  return {
    campaigns: [aCampaignReport()],
    inventory: [
      { kind: 'tablet', model: 'Facilotab', total: 470, onLoan: 312, given: 0, inStock: 158 },
      { kind: 'computer', model: 'Lenovo ThinkPad T480', total: 110, onLoan: 0, given: 106, inStock: 4 },
    ],
    ...overrides,
  };
}

export function anAgreementTemplate(overrides: Partial<AgreementTemplate> = {}): AgreementTemplate {
  return {
    centreId: LILAS_CENTRE_ID,
    title: 'Convention de prêt de matériel',
    body: 'Le centre {{centre}} prête à {{beneficiaire}} le matériel suivant : {{materiel}}.',
    version: 3,
    updatedAt: '2026-02-10T09:00:00.000Z',
    ...overrides,
  };
}
