import { createPrivateKey, createPublicKey, generateKeyPairSync, verify } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signTreeHead, treeHeadMessage, verifyTreeHead, type SignedTreeHead, type TreeHead } from './tree-head.js';

const privateKey = createPrivateKey({
  key: {
    kty: 'OKP',
    crv: 'Ed25519',
    d: Buffer.from('9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60', 'hex').toString('base64url'),
    x: Buffer.from('d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a', 'hex').toString('base64url'),
  },
  format: 'jwk',
});
const publicKey = createPublicKey(privateKey);

const HEAD: TreeHead = {
  size: 8,
  rootHash: '5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328',
  timestamp: '2025-04-04T12:00:00.000Z',
};

describe('treeHeadMessage', () => {
  it('is the documented canonical JSON', () => {
    expect(Buffer.from(treeHeadMessage(HEAD)).toString('utf8')).toBe(
      '{"purpose":"waypoint-tree-head/v1","value":{"rootHash":"5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328","size":8,"timestamp":"2025-04-04T12:00:00.000Z"}}',
    );
  });
});

describe('signTreeHead', () => {
  const signed = signTreeHead(HEAD, privateKey);

  it('signs the documented bytes so an outside Ed25519 verifier can check it', () => {
    expect(Object.keys(signed).sort()).toEqual(['rootHash', 'signature', 'size', 'timestamp']);
    expect(verify(null, treeHeadMessage(HEAD), publicKey, Buffer.from(signed.signature, 'base64'))).toBe(true);
    expect(verifyTreeHead(signed, publicKey)).toBe(true);
  });

  it('signs only the head fields of a richer object', () => {
    const fromRow = { ...HEAD, id: 12, createdBy: 'sealer' };
    expect(signTreeHead(fromRow, privateKey)).toEqual(signed);
  });

  it.each<[string, Partial<TreeHead>]>([
    ['negative size', { size: -1 }],
    ['fractional size', { size: 1.5 }],
    ['uppercase root', { rootHash: HEAD.rootHash.toUpperCase() }],
    ['short root', { rootHash: 'abcd' }],
    ['timestamp without milliseconds', { timestamp: '2025-04-04T12:00:00Z' }],
    ['timestamp with offset', { timestamp: '2025-04-04T14:00:00.000+02:00' }],
    ['not a timestamp', { timestamp: 'yesterday' }],
  ])('refuses to sign a head with %s', (_name, change) => {
    expect(() => signTreeHead({ ...HEAD, ...change }, privateKey)).toThrow(expect.objectContaining({ code: 'validation_failed' }));
  });
});

describe('verifyTreeHead', () => {
  const signed = signTreeHead(HEAD, privateKey);

  it.each<[string, Partial<SignedTreeHead>]>([
    ['size + 1', { size: 9 }],
    ['size - 1', { size: 7 }],
    ['another root', { rootHash: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855' }],
    ['another time', { timestamp: '2025-04-04T12:00:00.001Z' }],
    ['signature of another head', { signature: signTreeHead({ ...HEAD, size: 9 }, privateKey).signature }],
    ['empty signature', { signature: '' }],
  ])('rejects a head with %s', (_name, change) => {
    expect(verifyTreeHead({ ...signed, ...change }, publicKey)).toBe(false);
  });

  it('rejects extra fields, which the signature would not cover', () => {
    expect(verifyTreeHead({ ...signed, note: 'trust me' } as SignedTreeHead, publicKey)).toBe(false);
  });

  it('rejects a head signed by another key', () => {
    expect(verifyTreeHead(signed, generateKeyPairSync('ed25519').publicKey)).toBe(false);
  });

  it('rejects non-objects without throwing', () => {
    expect(verifyTreeHead(null as unknown as SignedTreeHead, publicKey)).toBe(false);
  });
});
