import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signCanonical, signingMessage, verifyCanonical } from './sign-canonical.js';

/** RFC 8032 section 7.1, TEST 1. */
const RFC8032_SECRET = Buffer.from('9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60', 'hex');
const RFC8032_PUBLIC = Buffer.from('d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a', 'hex');
const RFC8032_EMPTY_MESSAGE_SIGNATURE =
  'e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b';

const privateKey = createPrivateKey({
  key: { kty: 'OKP', crv: 'Ed25519', d: RFC8032_SECRET.toString('base64url'), x: RFC8032_PUBLIC.toString('base64url') },
  format: 'jwk',
});
const publicKey = createPublicKey(privateKey);
const manifest = { transfer: 't-1', documents: [{ id: 'd-1', sha256: 'ab' }], total: 2 };
const PURPOSE = 'waypoint-transfer-manifest/v1';

describe('the RFC 8032 test key', () => {
  it('signs the empty message as the RFC says (so the key import is right)', () => {
    expect(sign(null, Buffer.alloc(0), privateKey).toString('hex')).toBe(RFC8032_EMPTY_MESSAGE_SIGNATURE);
  });
});

describe('signingMessage', () => {
  it('is canonical JSON of purpose and value, keys sorted at every level', () => {
    expect(Buffer.from(signingMessage('demo/v1', { b: 1, a: { d: [true, null], c: 'é' } })).toString('utf8')).toBe(
      '{"purpose":"demo/v1","value":{"a":{"c":"é","d":[true,null]},"b":1}}',
    );
  });

  it.each(['', 'Tree/v1', 'tree', 'tree/v', 'tree/1', ' tree/v1'])('refuses purpose %j', (purpose) => {
    expect(() => signingMessage(purpose, {})).toThrow(expect.objectContaining({ code: 'validation_failed' }));
  });
});

describe('signCanonical and verifyCanonical', () => {
  const signature = signCanonical(PURPOSE, manifest, privateKey);

  it('produces a signature any Ed25519 verifier accepts over the documented bytes', () => {
    expect(signature).toMatch(/^[A-Za-z0-9+/]{86}==$/);
    expect(verify(null, signingMessage(PURPOSE, manifest), publicKey, Buffer.from(signature, 'base64'))).toBe(true);
  });

  it('is deterministic and independent of key order', () => {
    const reordered = { total: 2, documents: [{ sha256: 'ab', id: 'd-1' }], transfer: 't-1' };
    expect(signCanonical(PURPOSE, reordered, privateKey)).toBe(signature);
    expect(verifyCanonical(PURPOSE, reordered, signature, publicKey)).toBe(true);
  });

  it('rejects another value, another purpose, another key', () => {
    expect(verifyCanonical(PURPOSE, { ...manifest, total: 3 }, signature, publicKey)).toBe(false);
    expect(verifyCanonical('waypoint-tree-head/v1', manifest, signature, publicKey)).toBe(false);
    expect(verifyCanonical(PURPOSE, manifest, signature, generateKeyPairSync('ed25519').publicKey)).toBe(false);
  });

  it('rejects every single flipped bit of the signature', () => {
    const bytes = Buffer.from(signature, 'base64');
    const accepted: number[] = [];
    for (let bit = 0; bit < bytes.length * 8; bit += 1) {
      const flipped = Buffer.from(bytes);
      flipped[bit >> 3] = (flipped[bit >> 3] ?? 0) ^ (1 << (bit & 7));
      if (verifyCanonical(PURPOSE, manifest, flipped.toString('base64'), publicKey)) accepted.push(bit);
    }
    expect(accepted).toEqual([]);
  });

  it.each([
    ['empty', ''],
    ['truncated', 'AAAA'],
    ['without padding', 'x'.repeat(86)],
    ['base64url alphabet', `${'-'.repeat(86)}==`],
    ['trailing newline', 'placeholder'],
  ])('returns false, not an exception, for a %s signature', (name, value) => {
    const text = name === 'trailing newline' ? `${signature}\n` : value;
    expect(verifyCanonical(PURPOSE, manifest, text, publicKey)).toBe(false);
  });

  it('returns false for a malformed purpose instead of throwing', () => {
    expect(verifyCanonical('bad purpose', manifest, signature, publicKey)).toBe(false);
  });
});
