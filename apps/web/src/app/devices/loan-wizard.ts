import { ACCESSORIES, type CreateKit, type Device, type DeviceKind, type Loan } from '@passerelle/contracts';
import type { TranslationKey } from '../shared/i18n/fr';
import type { Accessory, LoanKind } from './device-labels';

const ACCESSORY_ORDER: readonly Accessory[] = ACCESSORIES;
const KIT_MAX_DEVICES = 10;
/** Devices a senior signs in on, and so can be paired with their loan. */
const PAIRABLE_KINDS: readonly DeviceKind[] = ['tablet', 'smartphone'];

export type WizardStep = 'recipient' | 'devices' | 'checklist' | 'agreement' | 'pairing';

export const WIZARD_STEP_TITLE_KEYS: Readonly<Record<WizardStep, TranslationKey>> = {
  recipient: 'loans.wizard.step.recipient',
  devices: 'loans.wizard.step.devices',
  checklist: 'loans.wizard.step.checklist',
  agreement: 'loans.wizard.step.agreement',
  pairing: 'loans.wizard.step.pairing',
};

export interface WizardRecipient {
  type: 'person' | 'household';
  id: string;
  name: string;
}

export type WizardDevice = Pick<Device, 'id' | 'kind' | 'model' | 'assetTag' | 'accessories'>;

export interface WizardDraft {
  recipient: WizardRecipient | null;
  devices: readonly WizardDevice[];
  kind: LoanKind;
  dueOn: string;
  campaignId: string;
  accessories: readonly Accessory[];
  testedWorking: boolean;
  notes: string;
}

/** A tablet or smartphone lent to a senior opens on their space: it gets a pairing step. */
export function isPairable(draft: Pick<WizardDraft, 'recipient' | 'kind'>, kind: DeviceKind): boolean {
  return draft.recipient?.type === 'person' && draft.kind === 'loan' && PAIRABLE_KINDS.includes(kind);
}

/**
 * The steps of this kit. Pairing is counted while it may still apply (a senior's loan whose devices
 * are not chosen yet), so the "step N of M" count only shrinks when the choice rules it out. The
 * recipient's type counts as soon as it is picked, before the recipient is.
 */
export function wizardSteps(
  draft: Pick<WizardDraft, 'recipient' | 'kind' | 'devices'>,
  recipientType: WizardRecipient['type'] = draft.recipient?.type ?? 'person',
): WizardStep[] {
  const steps: WizardStep[] = ['recipient', 'devices', 'checklist', 'agreement'];
  const mayPair =
    recipientType === 'person' &&
    draft.kind === 'loan' &&
    (draft.devices.length === 0 || draft.devices.some((d) => isPairable(draft, d.kind)));
  return mayPair ? [...steps, 'pairing'] : steps;
}

/** The loans (one per device) that can be paired once the kit is saved. */
export function pairableLoans(loans: readonly Loan[], recipient: WizardRecipient | null): Loan[] {
  return loans.filter((l) => isPairable({ recipient, kind: l.kind }, l.deviceKind));
}

/** 'YYYY-MM-DD' plus whole months, kept inside the target month (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(dateOnly: string, months: number): string {
  const [year = 0, month = 1, day = 1] = dateOnly.split('-').map(Number);
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

/** What a loan comes with by default: every accessory of the chosen devices, in a stable order. */
export function kitAccessories(devices: readonly WizardDevice[]): Accessory[] {
  const present = new Set(devices.flatMap((d) => d.accessories));
  return ACCESSORY_ORDER.filter((a) => present.has(a));
}

export type WizardField = 'recipient' | 'devices' | 'dueOn';

/** What keeps a step from going on, field by field; an empty object lets it go on. */
export function stepErrors(
  step: WizardStep,
  draft: WizardDraft,
  today: string,
): Partial<Record<WizardField, TranslationKey>> {
  const errors: Partial<Record<WizardField, TranslationKey>> = {};
  if (step === 'recipient' && !draft.recipient) errors.recipient = 'loans.recipient.error';
  if (step === 'devices') {
    if (draft.devices.length === 0) errors.devices = 'loans.devices.error';
    else if (draft.devices.length > KIT_MAX_DEVICES) errors.devices = 'loans.devices.error.tooMany';
    if (draft.kind === 'loan' && !(/^\d{4}-\d{2}-\d{2}$/.test(draft.dueOn) && draft.dueOn > today))
      errors.dueOn = 'loans.dueOn.error';
  }
  return errors;
}

/** The request that saves the kit. */
export function toCreateKit(draft: WizardDraft): CreateKit {
  const recipient = draft.recipient;
  if (!recipient) throw new Error('A kit needs a recipient');
  const notes = draft.notes.trim();
  return {
    ...(recipient.type === 'person' ? { personId: recipient.id } : { householdId: recipient.id }),
    deviceIds: draft.devices.map((d) => d.id),
    kind: draft.kind,
    ...(draft.kind === 'loan' ? { dueOn: draft.dueOn } : {}),
    ...(draft.campaignId ? { campaignId: draft.campaignId } : {}),
    handover: {
      accessories: ACCESSORY_ORDER.filter((a) => draft.accessories.includes(a)),
      testedWorking: draft.testedWorking,
      ...(notes ? { notes } : {}),
    },
  };
}
