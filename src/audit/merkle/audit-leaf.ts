import { canonicalJson } from '../../core/canonical-json.js';
import type { AuditEntryContent } from '../../core/hash.js';
import { leafHash, type MerkleHash } from './merkle-hash.js';

/**
 * The Merkle leaf of an audit entry: the UTF-8 bytes of its RFC 8785 canonical
 * JSON content, the very string whose SHA-256 is the entry's chain hash.
 *
 * Warning: a stored format. Changing it changes every Merkle root ever signed.
 *
 * @example auditLeafBytes(entryContent(row, seq, prevHash))
 */
export function auditLeafBytes(content: AuditEntryContent): Uint8Array {
  return Buffer.from(canonicalJson(content), 'utf8');
}

/**
 * RFC 9162 leaf hash of an audit entry: SHA-256(0x00 ‖ canonical JSON).
 *
 * @example frontier.append(auditLeafHash(content))
 */
export function auditLeafHash(content: AuditEntryContent): MerkleHash {
  return leafHash(auditLeafBytes(content));
}
