/**
 * The sidebar, as data: a page added to routes.tsx gets its entry here.
 * `external` links leave the app (served by the server itself). `ability`
 * names the program-wide action (from the session's `abilities`, decided by
 * the server) without which the page is not offered; pages of records
 * (cases, agreements, ...) are offered to everyone signed in and show each
 * person only the records the server lets them read.
 */
export interface NavigationItem {
  readonly label: string;
  readonly to: string;
  readonly external?: boolean;
  readonly ability?: string;
}

/** The sidebar entries this person may use, given the server's program-wide abilities. */
export function navigationFor(abilities: readonly string[]): NavigationItem[] {
  return NAVIGATION.filter((item) => item.ability === undefined || abilities.includes(item.ability));
}

export const NAVIGATION: readonly NavigationItem[] = [
  { label: 'Dashboard', to: '/', ability: 'report:program' },
  { label: 'Cases', to: '/cases' },
  { label: 'People', to: '/people' },
  { label: 'Agreements', to: '/agreements' },
  { label: 'Transfers', to: '/transfers' },
  { label: 'Documents', to: '/documents', ability: 'document:search' },
  { label: 'Rule sets', to: '/rulesets', ability: 'ruleset:read' },
  { label: 'Audit', to: '/audit', ability: 'audit:read' },
  { label: 'My clients', to: '/counsel' },
  { label: 'Proposed persons', to: '/liaison' },
  { label: 'API docs', to: '/docs', external: true },
];
