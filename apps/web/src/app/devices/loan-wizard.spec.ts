import { aDevice, aLoan } from '../../testing/device-fixtures';
import {
  addMonths,
  kitAccessories,
  pairableLoans,
  stepErrors,
  toCreateKit,
  wizardSteps,
  type WizardDraft,
  type WizardRecipient,
} from './loan-wizard';

const SENIOR: WizardRecipient = {
  type: 'person',
  id: '00000000-0000-4000-8000-000000000042',
  name: 'Jeanne Dupont',
};
const HOUSEHOLD: WizardRecipient = {
  type: 'household',
  id: 'h0000000-0000-4000-8000-000000000001',
  name: 'Famille Benali',
};
const TODAY = '2026-03-01';

function aDraft(overrides: Partial<WizardDraft> = {}): WizardDraft {
  return {
    recipient: SENIOR,
    devices: [aDevice({ kind: 'tablet' })],
    kind: 'loan',
    dueOn: '2026-06-01',
    campaignId: '',
    accessories: ['charger'],
    testedWorking: true,
    notes: '',
    ...overrides,
  };
}

describe('loan wizard steps', () => {
  it('has five steps for a tablet lent to a senior, pairing last', () => {
    // given
    const sut = aDraft();
    // when / then
    expect(wizardSteps(sut)).toEqual(['recipient', 'devices', 'checklist', 'agreement', 'pairing']);
  });

  it('counts pairing while the devices are not chosen yet', () => {
    expect(wizardSteps(aDraft({ devices: [] }))).toHaveLength(5);
  });

  it.each([
    ['a household', aDraft({ recipient: HOUSEHOLD })],
    ['a gift', aDraft({ kind: 'gift' })],
    ['a computer', aDraft({ devices: [aDevice({ kind: 'computer' })] })],
  ])('has no pairing step for %s', (_case, draft) => {
    expect(wizardSteps(draft)).toEqual(['recipient', 'devices', 'checklist', 'agreement']);
  });

  it('pairs only the tablets and smartphones of a senior’s loan', () => {
    // given
    const tablet = aLoan({ deviceKind: 'tablet' });
    const phone = aLoan({ deviceKind: 'smartphone' });
    const connection = aLoan({ deviceKind: 'internet_connection' });
    // when / then
    expect(pairableLoans([tablet, connection, phone], SENIOR)).toEqual([tablet, phone]);
    expect(pairableLoans([tablet], HOUSEHOLD)).toEqual([]);
    expect(pairableLoans([aLoan({ kind: 'gift' })], SENIOR)).toEqual([]);
  });
});

describe('addMonths', () => {
  it.each([
    ['2026-03-01', 3, '2026-06-01'],
    ['2026-11-29', 3, '2027-02-28'],
    ['2027-11-30', 3, '2028-02-29'],
    ['2026-01-31', 1, '2026-02-28'],
  ])('%s plus %i months is %s', (from, months, expected) => {
    expect(addMonths(from, months)).toBe(expected);
  });
});

describe('kitAccessories', () => {
  it('ticks every accessory of the chosen devices once, in the contract’s order', () => {
    // given
    const devices = [
      aDevice({ accessories: ['case', 'charger'] }),
      aDevice({ accessories: ['sim', 'charger'] }),
    ];
    // when / then
    expect(kitAccessories(devices)).toEqual(['charger', 'case', 'sim']);
  });
});

describe('stepErrors', () => {
  it('asks for a recipient on the first step', () => {
    expect(stepErrors('recipient', aDraft({ recipient: null }), TODAY)).toEqual({
      recipient: 'loans.recipient.error',
    });
    expect(stepErrors('recipient', aDraft(), TODAY)).toEqual({});
  });

  it('asks for at least one device and a due date after today', () => {
    // given
    const draft = aDraft({ devices: [], dueOn: TODAY });
    // when / then
    expect(stepErrors('devices', draft, TODAY)).toEqual({
      devices: 'loans.devices.error',
      dueOn: 'loans.dueOn.error',
    });
  });

  it('needs no due date for a gift', () => {
    expect(stepErrors('devices', aDraft({ kind: 'gift', dueOn: '' }), TODAY)).toEqual({});
  });
});

describe('toCreateKit', () => {
  it('sends a senior’s loan with its due date, campaign and checklist', () => {
    // given
    const device = aDevice();
    const draft = aDraft({
      devices: [device],
      campaignId: 'c0000000-0000-4000-8000-000000000001',
      notes: ' Écran ok ',
    });
    // when
    const sut = toCreateKit(draft);
    // then
    expect(sut).toEqual({
      personId: SENIOR.id,
      deviceIds: [device.id],
      kind: 'loan',
      dueOn: '2026-06-01',
      campaignId: 'c0000000-0000-4000-8000-000000000001',
      handover: { accessories: ['charger'], testedWorking: true, notes: 'Écran ok' },
    });
  });

  it('sends a household’s gift without a due date', () => {
    // given
    const draft = aDraft({ recipient: HOUSEHOLD, kind: 'gift', accessories: [], testedWorking: false });
    // when
    const sut = toCreateKit(draft);
    // then
    expect(sut).toEqual({
      householdId: HOUSEHOLD.id,
      deviceIds: [draft.devices[0]?.id],
      kind: 'gift',
      handover: { accessories: [], testedWorking: false },
    });
  });
});
