import type { DeviceKind } from '@passerelle/contracts';

/** French names of device kinds and accessories, for PDFs (labels, agreements). */
export const KIND_LABELS: Record<DeviceKind, string> = {
  tablet: 'Tablette',
  smartphone: 'Smartphone',
  basic_phone: 'Téléphone',
  computer: 'Ordinateur',
  internet_connection: 'Connexion internet',
};

export const ACCESSORY_LABELS: Record<string, string> = {
  charger: 'chargeur',
  cable: 'câble',
  case: 'étui',
  stylus: 'stylet',
  sim: 'carte SIM',
  box: 'boîte',
};
