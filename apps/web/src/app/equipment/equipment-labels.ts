import type { CAMPAIGN_AUDIENCES, DeviceKind } from '@passerelle/contracts';
import type { TranslationKey } from '../shared/i18n/fr';

type CampaignAudience = (typeof CAMPAIGN_AUDIENCES)[number];

/** A count of devices, e.g. in the report: "Tablettes". */
export const DEVICE_KINDS_LABEL_KEYS: Readonly<Record<DeviceKind, TranslationKey>> = {
  tablet: 'equipment.kinds.tablet',
  smartphone: 'equipment.kinds.smartphone',
  basic_phone: 'equipment.kinds.basic_phone',
  computer: 'equipment.kinds.computer',
  internet_connection: 'equipment.kinds.internet_connection',
};

/** The order the programme's funders read the distribution in. */
export const REPORT_KIND_ORDER: readonly DeviceKind[] = [
  'smartphone',
  'basic_phone',
  'tablet',
  'computer',
  'internet_connection',
];

export const AUDIENCE_LABEL_KEYS: Readonly<Record<CampaignAudience, TranslationKey>> = {
  households: 'equipment.audience.households',
  seniors: 'equipment.audience.seniors',
};
