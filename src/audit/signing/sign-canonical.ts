import { sign, verify, type KeyObject } from 'node:crypto';
import { canonicalJson } from '../../core/canonical-json.js';
import { AppError } from '../../core/errors.js';

/** An Ed25519 signature is 64 bytes: exactly 88 base64 characters ending in "==". */
const SIGNATURE_BASE64 = /^[A-Za-z0-9+/]{86}==$/;
const PURPOSE = /^[a-z0-9][a-z0-9.-]*\/v[0-9]+$/;

/**
 * The exact bytes Waypoint signs for a value: the UTF-8 of the RFC 8785
 * canonical JSON of `{ "purpose": purpose, "value": value }`.
 *
 * The purpose label (e.g. "waypoint-tree-head/v1", "waypoint-transfer-manifest/v1")
 * separates domains: one key signs tree heads and transfer manifests, and a
 * signature made for one can never verify as the other.
 *
 * Warning: a stored format. Outside witnesses verify signatures over these bytes.
 *
 * @example Buffer.from(signingMessage('demo/v1', { b: 1, a: 2 })).toString() === '{"purpose":"demo/v1","value":{"a":2,"b":1}}'
 */
export function signingMessage(purpose: string, value: unknown): Uint8Array {
  if (!PURPOSE.test(purpose)) {
    throw new AppError('validation_failed', `signing purpose ${JSON.stringify(purpose)} is not of the form name/vN`);
  }
  return Buffer.from(canonicalJson({ purpose, value }), 'utf8');
}

/**
 * Ed25519 signature (base64) over signingMessage(purpose, value).
 *
 * @example const signature = signCanonical('waypoint-transfer-manifest/v1', manifest, key.privateKey);
 */
export function signCanonical(purpose: string, value: unknown, privateKey: KeyObject): string {
  return sign(null, signingMessage(purpose, value), privateKey).toString('base64');
}

/**
 * True only if `signature` is a well-formed base64 Ed25519 signature by
 * `publicKey` over signingMessage(purpose, value). Malformed input is false,
 * never an exception, because signatures arrive from outside.
 *
 * @example verifyCanonical('waypoint-transfer-manifest/v1', manifest, signature, key.publicKey) === true
 */
export function verifyCanonical(purpose: string, value: unknown, signature: string, publicKey: KeyObject): boolean {
  // Strict base64 so that one signature has exactly one spelling.
  if (!SIGNATURE_BASE64.test(signature)) return false;
  let message: Uint8Array;
  try {
    message = signingMessage(purpose, value);
  } catch {
    return false;
  }
  return verify(null, message, publicKey, Buffer.from(signature, 'base64'));
}
