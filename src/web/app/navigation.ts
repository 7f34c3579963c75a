/**
 * The sidebar, as data: a page added to routes.tsx gets its entry here.
 * `external` links leave the app (served by the server itself).
 */
export interface NavigationItem {
  readonly label: string;
  readonly to: string;
  readonly external?: boolean;
}

export const NAVIGATION: readonly NavigationItem[] = [
  { label: 'Dashboard', to: '/' },
  { label: 'Cases', to: '/cases' },
  { label: 'People', to: '/people' },
  { label: 'Agreements', to: '/agreements' },
  { label: 'Transfers', to: '/transfers' },
  { label: 'Documents', to: '/documents' },
  { label: 'Rule sets', to: '/rulesets' },
  { label: 'Audit', to: '/audit' },
  { label: 'My clients', to: '/counsel' },
  { label: 'Proposed persons', to: '/liaison' },
  { label: 'API docs', to: '/docs', external: true },
];
