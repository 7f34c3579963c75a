import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** 256-bit random secrets (session ids, API tokens, CSRF tokens), URL-safe. */
export function newSecret(prefix = ''): string {
  return `${prefix}${randomBytes(32).toString('base64url')}`;
}

/** Only hashes of bearer secrets are stored; a stolen table cannot be replayed. */
export function secretHash(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export function constantTimeEquals(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
