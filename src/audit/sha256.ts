import { createHash } from 'node:crypto';
import { canonicalJson } from '../core/canonical-json.js';

export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** SHA-256 over the RFC 8785 canonical JSON of a value: the one content hash of Waypoint. */
export function canonicalHash(value: unknown): string {
  return sha256Hex(canonicalJson(value));
}
