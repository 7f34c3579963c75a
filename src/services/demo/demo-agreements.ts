import { readFileSync } from 'node:fs';
import { emptyTerms, type AgreementStatus, type AgreementTerms, type SourceReference } from '../../core/agreement.js';
import type { CurrencyCode } from '../../core/money.js';

/**
 * Reported real arrangements (demo/public-record.json, a copy of the shared
 * public record) turned into agreements. Only reported facts go in, each with
 * its sources and the record's confidence note; anything the demo assumes is
 * labelled as a demo assumption.
 */
interface ReportedAmount {
  readonly amount: number;
  readonly currency: string;
}

interface ReportedArrangement {
  readonly id: string;
  readonly sending: string;
  readonly receiving: string;
  readonly reported: string;
  readonly status: 'active' | 'ended' | 'terminated' | 'proposed';
  readonly ended?: string;
  readonly terms?: string;
  readonly payment_per_person?: ReportedAmount;
  readonly payment_total?: ReportedAmount;
  readonly capacity?: number;
  readonly capacity_later?: number;
  readonly transferred?: ReadonlyArray<{ date: string; count: number; note?: string }>;
  readonly legal?: readonly string[];
  readonly confidence?: string;
  readonly sources?: readonly string[];
}

export interface DemoAgreement {
  readonly code: string;
  readonly title: string;
  readonly sendingCountry: string;
  readonly receivingCountry: string;
  readonly status: AgreementStatus;
  readonly effectiveFrom: string;
  readonly effectiveTo: string | null;
  readonly summary: string;
  readonly confidence: string;
  readonly sources: SourceReference[];
  readonly terms: AgreementTerms;
}

const RECORD_URL = new URL('../../../demo/public-record.json', import.meta.url);

function toDate(reported: string): string {
  return reported.length === 7 ? `${reported}-01` : reported;
}

function sourceOf(source: string): SourceReference {
  return source.startsWith('seed/') ? { label: `Seed article (${source})` } : { label: source, url: `https://${source}` };
}

function termsOf(record: ReportedArrangement): AgreementTerms {
  const base = emptyTerms();
  const text = record.terms ?? '';
  return {
    ...base,
    eligibility: {
      excludedNationalities: [],
      excludedCategories: /criminal records/.test(text) ? ['unaccompanied_minor', 'criminal_record'] : [],
      regionalPreferences: /West African nationals only/.test(text) ? ['West African nationals only'] : /prefers Africans/.test(text) ? ['Africa'] : [],
    },
    capacity: { total: record.capacity ?? null, perTransfer: null },
    payments: {
      perPerson: record.payment_per_person ? { amountMinor: record.payment_per_person.amount, currency: record.payment_per_person.currency as CurrencyCode } : null,
      lumpSums: record.payment_total
        ? [{ dueOn: toDate(record.reported), amount: { amountMinor: record.payment_total.amount, currency: record.payment_total.currency as CurrencyCode }, label: 'Total payment as reported' }]
        : [],
    },
  };
}

export function demoAgreements(): DemoAgreement[] {
  const record = JSON.parse(readFileSync(RECORD_URL, 'utf8')) as { arrangements: ReportedArrangement[] };
  return record.arrangements.map((arrangement) => {
    const moved = (arrangement.transferred ?? []).map((t) => `${t.count} on ${t.date}${t.note ? ` (${t.note})` : ''}`).join('; ');
    const summary = [
      arrangement.terms,
      arrangement.capacity_later ? `Later reported capacity: up to ${arrangement.capacity_later} people.` : undefined,
      moved ? `Reported transfers: ${moved}.` : undefined,
      arrangement.legal?.length ? `Legal: ${arrangement.legal.join('; ')}.` : undefined,
    ]
      .filter(Boolean)
      .join(' ');
    return {
      code: arrangement.id,
      title: `${arrangement.sending}–${arrangement.receiving} third-country transfer arrangement (reported ${arrangement.reported})`,
      sendingCountry: arrangement.sending,
      receivingCountry: arrangement.receiving,
      status: arrangement.status === 'ended' ? 'terminated' : arrangement.status,
      effectiveFrom: toDate(arrangement.reported),
      effectiveTo: arrangement.ended ? toDate(arrangement.ended) : null,
      summary,
      confidence: arrangement.confidence ?? '',
      sources: (arrangement.sources ?? []).map(sourceOf),
      terms: termsOf(arrangement),
    };
  });
}
