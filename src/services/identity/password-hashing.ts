import argon2 from 'argon2';

/**
 * argon2id with the OWASP-recommended minimum (19 MiB, 2 passes, 1 lane):
 * strong against GPU guessing while keeping a sign-in near 20-50 ms here.
 */
const ARGON2_OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, ARGON2_OPTIONS);
}

/**
 * Verifies a password; with no stored hash (unknown user, no password set) it
 * still spends the same work on a dummy hash, so timing does not reveal
 * whether an account exists.
 */
export async function verifyPassword(storedHash: string | null, password: string): Promise<boolean> {
  const hash = storedHash ?? (await dummyHash());
  try {
    const ok = await argon2.verify(hash, password);
    return ok && storedHash !== null;
  } catch {
    return false;
  }
}

let dummy: Promise<string> | null = null;
function dummyHash(): Promise<string> {
  dummy ??= argon2.hash('waypoint-timing-equaliser', ARGON2_OPTIONS);
  return dummy;
}
