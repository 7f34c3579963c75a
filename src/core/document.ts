import type { Classification } from './principal.js';

export const DOCUMENT_KINDS = ['cable', 'court_order', 'notice', 'assurance', 'country_report', 'after_action_report', 'other'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const CAVEATS = ['NOFORN', 'NODIS', 'EXDIS', 'SIPDIS'] as const;
export type Caveat = (typeof CAVEATS)[number];

export interface DocumentMeta {
  readonly id: string;
  readonly kind: DocumentKind;
  readonly title: string;
  readonly documentDate: string | null;
  readonly originator: string;
  readonly classification: Classification;
  readonly caveats: readonly Caveat[];
  readonly version: number;
}
