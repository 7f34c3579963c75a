import type { LightMyRequestResponse } from 'fastify';
import type { AppInstance } from '../api/app-instance.js';

/** A signed-in browser-like client: the session cookie and the CSRF token, as the UI holds them. */
export interface TestSession {
  readonly cookie: string;
  readonly csrfToken: string;
  readonly headers: Record<string, string>;
}

export async function signInAs(app: AppInstance, username: string, password: string): Promise<TestSession> {
  const response = await app.inject({ method: 'POST', url: '/api/session', payload: { username, password } });
  if (response.statusCode !== 200) throw new Error(`sign-in as ${username} failed: ${response.statusCode} ${response.body}`);
  const cookie = sessionCookieOf(response);
  const { csrfToken } = response.json<{ csrfToken: string }>();
  return { cookie, csrfToken, headers: { cookie, 'x-csrf-token': csrfToken } };
}

export function sessionCookieOf(response: LightMyRequestResponse): string {
  const header = response.headers['set-cookie'];
  const cookies = Array.isArray(header) ? header : header === undefined ? [] : [header];
  const session = cookies.find((cookie) => cookie.startsWith('wp_session='));
  if (!session) throw new Error('no session cookie');
  return session.split(';')[0] ?? '';
}
