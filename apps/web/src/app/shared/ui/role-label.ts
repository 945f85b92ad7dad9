import type { Role } from '@passerelle/contracts';
import type { TranslationKey } from '../i18n/fr';

export const ROLE_LABEL_KEYS: Readonly<Record<Role, TranslationKey>> = {
  senior: 'role.senior',
  volunteer: 'role.volunteer',
  coordinator: 'role.coordinator',
  federation_admin: 'role.federation_admin',
};
