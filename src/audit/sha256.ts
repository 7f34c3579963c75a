import { hash } from 'node:crypto';
import { canonicalJson } from '../core/canonical-json.js';

/**
 * SHA-256 as lowercase hex. The one-shot `crypto.hash` (Node ≥ 20.12) instead of a Hash object:
 * about five times cheaper per call on this host (0.5 µs against 2–4 µs for short inputs), which
 * matters where every audited write, decision snapshot and sweep finding is hashed.
 */
export function sha256Hex(data: string | Uint8Array): string {
  return hash('sha256', data, 'hex');
}

/** SHA-256 over the RFC 8785 canonical JSON of a value: the one content hash of Waypoint. */
export function canonicalHash(value: unknown): string {
  return sha256Hex(canonicalJson(value));
}
