import type { Agreement, Device, Loan, Paginated } from '@passerelle/contracts';
import type { DeviceEvent } from '../app/shared/api/devices-api.service';

const CENTRE_ID = '33333333-3333-4333-8333-333333333333';
let counter = 0;

function nextId(prefix: string): string {
  counter += 1;
  return `${prefix}-0000-4000-8000-${String(counter).padStart(12, '0')}`;
}

export function aDevice(overrides: Partial<Device> = {}): Device {
  return {
    id: nextId('d0000000'),
    centreId: CENTRE_ID,
    kind: 'tablet',
    model: 'Facilotab',
    serialNumber: 'SN-123456',
    assetTag: `LIL-${String(counter).padStart(4, '0')}`,
    fundingSource: 'CARSAT',
    accessories: ['charger', 'case'],
    condition: 'good',
    status: 'in_stock',
    notes: null,
    currentLoan: null,
    createdAt: '2026-01-10T09:00:00.000Z',
    updatedAt: '2026-01-10T09:00:00.000Z',
    ...overrides,
  };
}

/** A device lent to a senior, by default since 1 March 2026 and due back on 1 June 2026. */
export function aLentDevice(
  overrides: Partial<Device> = {},
  loan: Partial<NonNullable<Device['currentLoan']>> = {},
) {
  return aDevice({
    status: 'on_loan',
    currentLoan: {
      id: nextId('10000000'),
      kitId: nextId('20000000'),
      kind: 'loan',
      personId: '00000000-0000-4000-8000-000000000042',
      householdId: null,
      recipientName: 'Jeanne Dupont',
      startedOn: '2026-03-01',
      dueOn: '2026-06-01',
      ...loan,
    },
    ...overrides,
  });
}

export function aDevicePage(items: Device[], overrides: Partial<Paginated<Device>> = {}): Paginated<Device> {
  return { items, total: items.length, page: 1, pageSize: 20, ...overrides };
}

export function aLoan(overrides: Partial<Loan> = {}): Loan {
  return {
    id: nextId('10000000'),
    kitId: nextId('20000000'),
    centreId: CENTRE_ID,
    deviceId: nextId('d0000000'),
    assetTag: 'LIL-0042',
    deviceKind: 'tablet',
    deviceModel: 'Facilotab',
    personId: '00000000-0000-4000-8000-000000000042',
    householdId: null,
    recipientName: 'Jeanne Dupont',
    campaignId: null,
    kind: 'loan',
    startedOn: '2026-03-01',
    dueOn: '2026-06-01',
    returnedAt: null,
    overdue: false,
    returnIssues: [],
    handover: null,
    agreementId: null,
    paired: false,
    ...overrides,
  };
}

export function aDeviceEvent(overrides: Partial<DeviceEvent> = {}): DeviceEvent {
  return {
    id: nextId('e0000000'),
    type: 'created',
    fromStatus: null,
    toStatus: 'in_stock',
    at: '2026-01-10T09:00:00.000Z',
    byName: 'Camille Martin',
    details: {},
    ...overrides,
  };
}

export function anAgreement(overrides: Partial<Agreement> = {}): Agreement {
  return {
    id: nextId('a0000000'),
    kitId: nextId('20000000'),
    centreId: CENTRE_ID,
    recipientName: 'Jeanne Dupont',
    title: 'Convention de prêt de matériel',
    text: 'Texte de la convention.',
    templateVersion: 1,
    signed: true,
    signerName: 'Jeanne Dupont',
    signedAt: '2026-03-01T10:00:00.000Z',
    witnessName: 'Camille Martin',
    assetTags: ['LIL-0042'],
    ...overrides,
  };
}
