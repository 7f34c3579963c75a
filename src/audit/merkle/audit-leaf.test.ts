import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { AuditEntryContent } from '../../core/hash.js';
import { GENESIS_HASH } from '../../core/hash.js';
import { canonicalHash } from '../sha256.js';
import { auditLeafBytes, auditLeafHash } from './audit-leaf.js';
import { toHex } from './merkle-hash.js';

const CONTENT: AuditEntryContent = {
  seq: 1,
  at: '2025-04-04T12:00:00.000Z',
  actor: 'user:7',
  action: 'case.view',
  resource: { type: 'case', id: 'c-1' },
  details: { fields: ['summary'], purpose: 'review' },
  prevHash: GENESIS_HASH,
};

const CANONICAL =
  '{"action":"case.view","actor":"user:7","at":"2025-04-04T12:00:00.000Z","details":{"fields":["summary"],"purpose":"review"},' +
  `"prevHash":"${GENESIS_HASH}","resource":{"id":"c-1","type":"case"},"seq":1}`;

describe('auditLeafBytes', () => {
  it('is the UTF-8 of the canonical JSON content', () => {
    expect(Buffer.from(auditLeafBytes(CONTENT)).toString('utf8')).toBe(CANONICAL);
  });

  it('encodes non-ASCII as UTF-8', () => {
    const content = { ...CONTENT, details: { note: 'ñ' } };
    const bytes = auditLeafBytes(content);
    expect(Buffer.from(bytes).includes(Buffer.from([0xc3, 0xb1]))).toBe(true);
  });

  it('hashes without prefix to the chain hash of the same entry', () => {
    expect(createHash('sha256').update(auditLeafBytes(CONTENT)).digest('hex')).toBe(canonicalHash(CONTENT));
  });
});

describe('auditLeafHash', () => {
  it('is SHA-256 over 0x00 and the canonical JSON', () => {
    const expected = createHash('sha256').update(Uint8Array.of(0)).update(CANONICAL, 'utf8').digest('hex');
    expect(toHex(auditLeafHash(CONTENT))).toBe(expected);
  });

  it('changes when any field changes', () => {
    const original = toHex(auditLeafHash(CONTENT));
    expect(toHex(auditLeafHash({ ...CONTENT, seq: 2 }))).not.toBe(original);
    expect(toHex(auditLeafHash({ ...CONTENT, resource: { type: 'case', id: null } }))).not.toBe(original);
  });
});
