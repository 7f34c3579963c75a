/** Small typed reads and writes against the running server, for test setup. */
export async function getJson<T>(baseUrl: string, path: string, headers: Record<string, string> = {}): Promise<T> {
  const response = await fetch(`${baseUrl}${path}`, { headers });
  if (!response.ok) throw new Error(`GET ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

export async function sendJson<T>(baseUrl: string, method: 'POST' | 'PATCH', path: string, body: unknown, headers: Record<string, string> = {}): Promise<T> {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

export interface CaseRow { readonly id: string; readonly reference: string; readonly personId: string; readonly version: number; readonly externalId: string | null; readonly state: string; readonly destinationCountry: string | null }
export interface PersonRow { readonly id: string; readonly givenNames: string; readonly familyName: string }

export interface DemoAccount { readonly username: string; readonly password: string }

/** A demo account (src/services/demo/demo-users.ts); the officer works cases. */
export const DEMO_OFFICER: DemoAccount = { username: 'officer', password: 'demo-officer-pass' };

/** Every demo role's account (src/services/demo/demo-users.ts). */
export const DEMO_ACCOUNTS = {
  officer: DEMO_OFFICER,
  supervisor: { username: 'supervisor', password: 'demo-supervisor-pass' },
  diplomat: { username: 'diplomat', password: 'demo-diplomat-pass' },
  legal: { username: 'legal', password: 'demo-legal-pass' },
  counsel: { username: 'counsel', password: 'demo-counsel-pass' },
  liaison: { username: 'liaison-rw', password: 'demo-liaison-pass' },
  oversight: { username: 'oversight', password: 'demo-oversight-pass' },
  admin: { username: 'admin', password: 'demo-admin-pass' },
} as const satisfies Record<string, DemoAccount>;

/**
 * Headers that authenticate test setup calls: a session cookie and its CSRF
 * token when the server has sign-in, nothing when it resolves every caller
 * to the operator (the foundation before sign-in landed).
 */
export async function signInHeaders(baseUrl: string, account: DemoAccount = DEMO_OFFICER): Promise<Record<string, string>> {
  const response = await fetch(`${baseUrl}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(account) });
  if (response.status === 404) return {};
  if (!response.ok) throw new Error(`sign-in as ${account.username}: ${response.status} ${await response.text()}`);
  const session = (await response.json()) as { csrfToken: string };
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  return { cookie, 'x-csrf-token': session.csrfToken };
}
