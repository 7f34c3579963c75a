/**
 * Hash formats shared by the audit chain, decisions and manifests.
 * Warning: these strings are stored; changing them breaks verification of history.
 */
export const GENESIS_HASH = '0'.repeat(64);

/** The exact object hashed for an audit entry (before canonical JSON). */
export interface AuditEntryContent {
  readonly seq: number;
  readonly at: string;
  readonly actor: string;
  readonly action: string;
  readonly resource: { readonly type: string; readonly id: string | null };
  readonly details: Readonly<Record<string, unknown>>;
  readonly prevHash: string;
}
