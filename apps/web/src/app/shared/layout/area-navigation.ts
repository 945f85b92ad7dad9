import type { Role } from '@passerelle/contracts';
import type { TranslationKey } from '../i18n/fr';

export interface NavLink {
  labelKey: TranslationKey;
  path: string;
  /** The area's home link is active only on its exact address. */
  exact: boolean;
}

/** Seniors get no menu: one decision per screen, the home tiles are their navigation. */
export const AREA_NAVIGATION: Readonly<Record<Role, readonly NavLink[]>> = {
  coordinator: [
    { labelKey: 'nav.coordination.dashboard', path: '/coordination', exact: true },
    { labelKey: 'nav.coordination.people', path: '/coordination/personnes', exact: false },
    { labelKey: 'nav.coordination.courses', path: '/coordination/cours', exact: false },
    { labelKey: 'nav.coordination.cohorts', path: '/coordination/groupes', exact: false },
    { labelKey: 'nav.coordination.visits', path: '/coordination/visites', exact: false },
    { labelKey: 'nav.coordination.devices', path: '/coordination/appareils', exact: false },
    { labelKey: 'nav.coordination.messages', path: '/coordination/messages', exact: false },
    { labelKey: 'nav.coordination.programme', path: '/coordination/programme', exact: false },
  ],
  federation_admin: [
    { labelKey: 'nav.federation.centres', path: '/federation', exact: true },
    { labelKey: 'nav.federation.people', path: '/federation/personnes', exact: false },
    { labelKey: 'nav.federation.courses', path: '/federation/cours', exact: false },
    { labelKey: 'nav.federation.cohorts', path: '/federation/groupes', exact: false },
    { labelKey: 'nav.federation.visits', path: '/federation/visites', exact: false },
    { labelKey: 'nav.federation.devices', path: '/federation/appareils', exact: false },
    { labelKey: 'nav.federation.messages', path: '/federation/messages', exact: false },
    { labelKey: 'nav.federation.programme', path: '/federation/programme', exact: false },
  ],
  volunteer: [
    { labelKey: 'nav.volunteer.seniors', path: '/benevole/seniors', exact: false },
    { labelKey: 'nav.volunteer.visits', path: '/benevole/visites', exact: false },
    { labelKey: 'nav.volunteer.trainings', path: '/benevole/formations', exact: false },
    { labelKey: 'nav.volunteer.certificates', path: '/benevole/attestations', exact: true },
    { labelKey: 'nav.volunteer.profile', path: '/benevole/profil', exact: true },
  ],
  senior: [],
};
