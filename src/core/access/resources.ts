import type { Caveat } from '../document.js';
import type { Classification } from '../principal.js';
import type { ResourceType } from './actions.js';

/**
 * Plain-data descriptions of what a decision is about. Callers map database
 * rows to these; src/access turns them into Cedar entities. Only the
 * attributes a policy looks at are here: personal data never enters a policy
 * decision.
 *
 * @example
 *   const resource: CaseResource = {
 *     type: 'Case', id: 'c1', agency: 'ICE', officerId: 'u1', teamIds: [], counselId: null,
 *     proposedCountry: 'RW', agreementId: null, state: 'country_proposed',
 *   };
 */
export interface CaseResource {
  readonly type: 'Case';
  readonly id: string;
  /** The removal agency that owns the case (supervisors see their agency's cases). */
  readonly agency: string;
  readonly officerId: string | null;
  /** Further officers on the case team, besides officerId. */
  readonly teamIds: readonly string[];
  /** users.id of counsel of record, if any. */
  readonly counselId: string | null;
  /** ISO 3166 code of the destination proposed (or chosen); null before a proposal. */
  readonly proposedCountry: string | null;
  readonly agreementId: string | null;
  readonly state: string;
}

/** A person is visible to whoever may see one of their cases; the caller unions the cases' attributes. */
export interface PersonResource {
  readonly type: 'Person';
  readonly id: string;
  readonly agencies: readonly string[];
  /** Officers and team members of the person's cases. */
  readonly teamIds: readonly string[];
  readonly counselIds: readonly string[];
  readonly proposedCountries: readonly string[];
}

export interface AgreementResource {
  readonly type: 'Agreement';
  readonly id: string;
  readonly sendingCountry: string;
  readonly receivingCountry: string;
}

/** Country assessments are written against a country (id = ISO 3166 code). */
export interface CountryResource {
  readonly type: 'Country';
  readonly id: string;
}

export interface TransferResource {
  readonly type: 'Transfer';
  readonly id: string;
  readonly agency: string;
  readonly agreementId: string;
  readonly receivingCountry: string;
}

export interface DocumentResource {
  readonly type: 'Document';
  readonly id: string;
  readonly classification: Classification;
  readonly caveats: readonly Caveat[];
  /**
   * Named distribution for NODIS/EXDIS: distribution-list names, or single users
   * as `user:<userId>`.
   */
  readonly distribution: readonly string[];
  /** Counsel of record of the cases the document is linked to. */
  readonly counselIds: readonly string[];
  /** Receiving states the document has been released to (ISO 3166). */
  readonly releasableTo: readonly string[];
}

/** A portion-marked paragraph; distribution is the enclosing document's. */
export interface ParagraphResource {
  readonly type: 'Paragraph';
  readonly id: string;
  readonly documentId: string;
  readonly classification: Classification;
  readonly caveats: readonly Caveat[];
  readonly distribution: readonly string[];
}

/** Resources without attributes that matter to policy (collections and singletons). */
export interface PlainResource {
  readonly type: Exclude<ResourceType, 'Case' | 'Person' | 'Agreement' | 'Country' | 'Transfer' | 'Document' | 'Paragraph'>;
  readonly id: string;
}

export type AccessResource =
  | CaseResource
  | PersonResource
  | AgreementResource
  | CountryResource
  | TransferResource
  | DocumentResource
  | ParagraphResource
  | PlainResource;

/** Singletons for collection-level actions. */
export const DOCUMENT_INDEX: PlainResource = { type: 'DocumentIndex', id: 'documents' };
export const AUDIT_LOG: PlainResource = { type: 'AuditLog', id: 'audit' };
export const PROGRAM_REPORT: PlainResource = { type: 'Report', id: 'program' };
export const USER_ADMIN: PlainResource = { type: 'UserAdmin', id: 'users' };
export const TOKEN_ADMIN: PlainResource = { type: 'TokenAdmin', id: 'tokens' };
export const CONFIG: PlainResource = { type: 'Config', id: 'config' };
