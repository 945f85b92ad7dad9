import type { Role } from '@passerelle/contracts';

/** Claims carried by an access token. `deviceId` is set for tokens issued to a paired tablet. */
export interface AccessTokenClaims {
  sub: string;
  role: Role;
  fed: string;
  ctr: string | null;
  dev?: string;
}

/** The authenticated caller as services see it, built from the verified access token. */
export interface AuthUser {
  id: string;
  role: Role;
  federationId: string;
  centreId: string | null;
  deviceId: string | null;
}
