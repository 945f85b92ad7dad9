/**
 * Extension point for seniors' sign-in (ADR 0002). Seniors never type a password (WCAG 3.3.8): a
 * volunteer pairs their tablet, which then holds a long-lived device credential. The tablets area
 * implements this port, verifies the credential (hashed, bound to device + senior, revoked at return)
 * and calls `AuthService.issueSession(person, { deviceId })`, which stamps `deviceId` into the access
 * token so that learning records can be attributed to the tablet server-side.
 */
export interface DevicePairing {
  /** Resolves a device credential to the senior and device it was issued for, or null when invalid. */
  verifyDeviceCredential(credential: string): Promise<{ personId: string; deviceId: string } | null>;
}

export const DEVICE_PAIRING = Symbol('DevicePairing');
