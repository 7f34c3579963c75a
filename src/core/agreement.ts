import type { CountryCode } from './country.js';
import type { Money } from './money.js';

export const AGREEMENT_STATUSES = ['proposed', 'negotiating', 'active', 'suspended', 'terminated'] as const;
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];

/** The lifecycle `proposed → negotiating → active ⇄ suspended → terminated`. */
export const AGREEMENT_STATUS_TRANSITIONS: Readonly<Record<AgreementStatus, readonly AgreementStatus[]>> = {
  proposed: ['negotiating', 'terminated'],
  negotiating: ['active', 'terminated'],
  active: ['suspended', 'terminated'],
  suspended: ['active', 'terminated'],
  terminated: [],
};

export function canChangeAgreementStatus(from: AgreementStatus, to: AgreementStatus): boolean {
  return AGREEMENT_STATUS_TRANSITIONS[from].includes(to);
}

export interface SourceReference {
  readonly label: string;
  readonly url?: string | undefined;
}

/** Versioned terms. Stored as JSON in agreement_terms.terms: keep this shape backward compatible. */
export interface AgreementTerms {
  readonly eligibility: {
    readonly excludedNationalities: readonly CountryCode[];
    readonly excludedCategories: readonly string[];
    readonly regionalPreferences: readonly string[];
  };
  readonly capacity: { readonly total: number | null; readonly perTransfer: number | null };
  readonly payments: {
    readonly perPerson: Money | null;
    readonly lumpSums: readonly { readonly dueOn: string; readonly amount: Money; readonly label: string }[];
  };
  readonly requiredAssurances: readonly string[];
  readonly monitoring: { readonly welfareCheckDays: readonly number[] };
}

export interface Agreement {
  readonly id: string;
  readonly code: string;
  readonly title: string;
  readonly sendingCountry: CountryCode;
  readonly receivingCountry: CountryCode;
  readonly status: AgreementStatus;
  readonly statusChangedAt: string;
  readonly effectiveFrom: string | null;
  readonly effectiveTo: string | null;
  readonly summary: string;
  readonly confidence: string;
  readonly sources: readonly SourceReference[];
  readonly isDemo: boolean;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly version: number;
}

export function emptyTerms(): AgreementTerms {
  return {
    eligibility: { excludedNationalities: [], excludedCategories: [], regionalPreferences: [] },
    capacity: { total: null, perTransfer: null },
    payments: { perPerson: null, lumpSums: [] },
    requiredAssurances: [],
    monitoring: { welfareCheckDays: [] },
  };
}
