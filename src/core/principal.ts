/**
 * Who is acting. Every use case receives a Principal; the audit log records
 * its `actorRef`. Until a request is signed in, writes come from a configured
 * system actor (WAYPOINT_ACTOR) and are recorded as such.
 */
export const ROLES = [
  'program_officer',
  'supervisor',
  'diplomatic_officer',
  'legal_reviewer',
  'counsel',
  'receiving_liaison',
  'oversight',
  'admin',
] as const;
export type Role = (typeof ROLES)[number];

export const CLASSIFICATIONS = ['UNCLASSIFIED', 'SBU', 'CONFIDENTIAL', 'SECRET'] as const;
export type Classification = (typeof CLASSIFICATIONS)[number];

export function classificationRank(level: Classification): number {
  return CLASSIFICATIONS.indexOf(level);
}

export interface Principal {
  /** `anonymous` is a request without sign-in: it may reach public routes only. */
  readonly kind: 'user' | 'system' | 'anonymous';
  /** users.id for a user; null for system actors. */
  readonly userId: string | null;
  readonly username: string;
  readonly roles: readonly Role[];
  readonly clearance: Classification;
  /** ISO 3166 country of a foreign official (receiving liaison); null for the sending state's staff. */
  readonly country: string | null;
  /** Agency the user works for (need-to-know of supervisors); absent or null means none. */
  readonly agency?: string | null;
  /** Named distribution lists the user is on (NODIS/EXDIS); absent means none. */
  readonly distribution?: readonly string[];
  /** False for a disabled account; absent means active. Policies deny everything to inactive users. */
  readonly active?: boolean;
}

export function actorRef(principal: Principal): string {
  return `${principal.kind}:${principal.username}`;
}

/** The operator actor used by the CLI and by an API without sign-in. */
export function systemPrincipal(name: string): Principal {
  return { kind: 'system', userId: null, username: name, roles: ['admin'], clearance: 'SECRET', country: null };
}

/** The caller of a public route (health, docs, sign-in, the transparency report). Policies allow it nothing. */
export const ANONYMOUS_PRINCIPAL: Principal = { kind: 'anonymous', userId: null, username: 'anonymous', roles: [], clearance: 'UNCLASSIFIED', country: null, active: false };
