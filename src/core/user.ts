import type { Classification, Principal, Role } from './principal.js';

/** A Waypoint account. Passwords and token secrets never leave src/services/identity. */
export interface User {
  readonly id: string;
  readonly username: string;
  readonly displayName: string;
  readonly agency: string;
  readonly roles: readonly Role[];
  readonly clearance: Classification;
  /** Set for a receiving-state official: the state they work for (makes them foreign for caveats). */
  readonly country: string | null;
  readonly distribution: readonly string[];
  readonly active: boolean;
  readonly createdAt: string;
  readonly version: number;
}

/** The principal a signed-in user acts as. */
export function principalOf(user: User): Principal {
  return {
    kind: 'user',
    userId: user.id,
    username: user.username,
    roles: user.roles,
    clearance: user.clearance,
    country: user.country,
    agency: user.agency,
    distribution: user.distribution,
    active: user.active,
  };
}
