import type { Role } from '@passerelle/contracts';

/** Each audience has its own area; this is where a signed-in person lands. */
export const ROLE_HOME: Readonly<Record<Role, string>> = {
  coordinator: '/coordination',
  federation_admin: '/federation',
  volunteer: '/benevole',
  senior: '/senior',
};

export const LOGIN_PATH = '/connexion';

/** A return address is only followed when it stays inside the person's own area. */
export function isInsideArea(role: Role, url: string): boolean {
  const home = ROLE_HOME[role];
  return url === home || url.startsWith(`${home}/`) || url.startsWith(`${home}?`);
}
