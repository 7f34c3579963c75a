import type { Classification, Role } from '../../core/principal.js';

/**
 * One demo account per role (README: "Demo accounts"). The passwords are
 * published, so these accounts exist only in demo data; never seed them into
 * a real program.
 */
export interface DemoUser {
  readonly username: string;
  readonly displayName: string;
  readonly roles: Role[];
  readonly clearance: Classification;
  readonly agency: string;
  readonly country: string | null;
  readonly distribution: string[];
  readonly password: string;
}

export const DEMO_AGENCY = 'ICE';

export const DEMO_USERS: readonly DemoUser[] = [
  { username: 'officer', displayName: 'Pat Officer (demo)', roles: ['program_officer'], clearance: 'SBU', agency: DEMO_AGENCY, country: null, distribution: [], password: 'demo-officer-pass' },
  { username: 'officer2', displayName: 'Sam Officer (demo)', roles: ['program_officer'], clearance: 'SBU', agency: DEMO_AGENCY, country: null, distribution: [], password: 'demo-officer2-pass' },
  { username: 'supervisor', displayName: 'Lee Supervisor (demo)', roles: ['supervisor'], clearance: 'CONFIDENTIAL', agency: DEMO_AGENCY, country: null, distribution: [], password: 'demo-supervisor-pass' },
  { username: 'diplomat', displayName: 'Kim Diplomat (demo)', roles: ['diplomatic_officer'], clearance: 'SECRET', agency: 'State', country: null, distribution: ['KIGALI-NODIS'], password: 'demo-diplomat-pass' },
  { username: 'legal', displayName: 'Ari Reviewer (demo)', roles: ['legal_reviewer'], clearance: 'CONFIDENTIAL', agency: DEMO_AGENCY, country: null, distribution: [], password: 'demo-legal-pass' },
  { username: 'counsel', displayName: 'Dana Counsel (demo)', roles: ['counsel'], clearance: 'UNCLASSIFIED', agency: 'Legal Aid (demo)', country: null, distribution: [], password: 'demo-counsel-pass' },
  { username: 'counsel2', displayName: 'Robin Counsel (demo)', roles: ['counsel'], clearance: 'UNCLASSIFIED', agency: 'Legal Aid (demo)', country: null, distribution: [], password: 'demo-counsel2-pass' },
  { username: 'liaison-rw', displayName: 'Receiving liaison, Rwanda (demo)', roles: ['receiving_liaison'], clearance: 'UNCLASSIFIED', agency: 'Government of Rwanda (demo)', country: 'RW', distribution: [], password: 'demo-liaison-pass' },
  { username: 'oversight', displayName: 'Jo Inspector (demo)', roles: ['oversight'], clearance: 'SECRET', agency: 'OIG', country: null, distribution: ['KIGALI-NODIS'], password: 'demo-oversight-pass' },
  { username: 'admin', displayName: 'System Administrator (demo)', roles: ['admin'], clearance: 'UNCLASSIFIED', agency: '', country: null, distribution: [], password: 'demo-admin-pass' },
];
