import { createHash } from 'node:crypto';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { sql } from 'kysely';
import { appendAudit } from '../../audit/audit-log.js';
import { AUDIT_LOG, type AgreementResource } from '../../core/access/resources.js';
import { csvRecord, type CsvValue } from '../../core/import/csv-writer.js';
import { actorRef, type Principal } from '../../core/principal.js';
import { toCase, type CaseListQuery } from '../../db/repositories/case.repository.js';
import { decide, requireAllowed } from '../access/authorize.js';
import { allowedGroups, caseResourceOf, redactCase, visibleCases } from '../access/case-access.js';
import { nowInstant, runWrite, type ServiceContext } from '../context.js';

export const EXPORT_KINDS = ['cases', 'agreements', 'ledger', 'decisions', 'audit'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];
export type ExportFormat = 'csv' | 'jsonl';

/** The list API's case filters (caseListQuerySchema without paging); other kinds ignore them. */
export type ExportFilters = Omit<CaseListQuery, 'limit' | 'cursor'>;

export interface ExportSummary {
  readonly kind: ExportKind;
  readonly rows: number;
  readonly sha256: string;
}

/** Fixed columns per kind, so an empty export still has its header and files of one kind always line up. */
const COLUMNS: Record<ExportKind, readonly string[]> = {
  cases: ['id', 'reference', 'personId', 'state', 'heldFromState', 'holdReason', 'destinationCountry', 'agreementId', 'ruleSetId', 'officerId', 'teamIds', 'counselId', 'agency', 'closeOutcome', 'openedAt', 'closedAt', 'externalId', 'isDemo', 'createdAt', 'updatedAt', 'version'],
  agreements: ['id', 'code', 'title', 'sendingCountry', 'receivingCountry', 'status', 'statusChangedAt', 'effectiveFrom', 'effectiveTo', 'version'],
  ledger: ['entry', 'id', 'agreementId', 'kind', 'caseId', 'amountMinor', 'currency', 'on', 'label', 'recordedAt', 'recordedBy'],
  decisions: ['id', 'caseId', 'transition', 'ruleSetId', 'ruleSetHash', 'factsHash', 'outcome', 'evaluatedAt', 'actor', 'createdAt'],
  audit: ['seq', 'at', 'actor', 'action', 'resourceType', 'resourceId', 'details', 'prevHash', 'hash'],
};

const PAGE = 1_000;

/**
 * Streams one kind of record to `out` as CSV (formula-safe, see csv-writer)
 * or JSON Lines, in constant memory: keyset-paged queries, each page written
 * (with backpressure) before the next is read. Cases obey need-to-know (the
 * SQL filter, then `case:export` per row) and redaction to the caller's field
 * groups; decisions follow their case; agreements and the ledger need
 * `agreement:read` / `ledger:read` per agreement; the audit log needs
 * `audit:read`. The export itself is audited once: what, filters, row count
 * and the SHA-256 of the bytes written. `onProgress` hears the rows written after each page.
 *
 * @example await exportRecords(ctx, principal, 'cases', 'csv', { state: 'intake' }, reply.raw);
 */
export async function exportRecords(
  ctx: ServiceContext,
  principal: Principal,
  kind: ExportKind,
  format: ExportFormat,
  filters: ExportFilters,
  out: Writable,
  progress: { readonly onProgress?: (rowsWritten: number) => void } = {},
): Promise<ExportSummary> {
  if (kind === 'audit') await requireAllowed(ctx, principal, 'audit:read', AUDIT_LOG);
  const hash = createHash('sha256');
  const write = async (text: string) => {
    hash.update(text);
    if (!out.write(text)) await once(out, 'drain');
  };
  const columns = COLUMNS[kind];
  if (format === 'csv') await write(csvRecord(columns));
  let rows = 0;
  for await (const page of pagesOf(ctx, principal, kind, filters)) {
    let text = '';
    for (const record of page) {
      text += format === 'csv' ? csvRecord(columns.map((column) => csvValue(record[column]))) : `${JSON.stringify(Object.fromEntries(columns.map((c) => [c, record[c] ?? null])))}\n`;
    }
    rows += page.length;
    if (text !== '') await write(text);
    progress.onProgress?.(rows);
  }
  const sha256 = hash.digest('hex');
  const at = nowInstant(ctx);
  await runWrite(ctx, (trx) =>
    appendAudit(trx, { actor: actorRef(principal), action: 'export.create', resourceType: 'export', resourceId: kind, details: { kind, format, filters: { ...filters }, rows, sha256 }, at }),
  );
  return { kind, rows, sha256 };
}

function csvValue(value: unknown): CsvValue {
  if (value === null || value === undefined || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value;
  return JSON.stringify(value);
}

type ExportRecord = Readonly<Record<string, unknown>>;

async function* pagesOf(ctx: ServiceContext, principal: Principal, kind: ExportKind, filters: ExportFilters): AsyncGenerator<ExportRecord[]> {
  const at = nowInstant(ctx);
  switch (kind) {
    case 'cases': {
      for (let after: string | null = null; ; ) {
        let select = ctx.db.selectFrom('cases').selectAll().where(visibleCases(principal, at)).orderBy('reference').limit(PAGE);
        if (after !== null) select = select.where('reference', '>', after);
        if (filters.state !== undefined) select = select.where('state', '=', filters.state);
        if (filters.destinationCountry !== undefined) select = select.where('destination_country', '=', filters.destinationCountry);
        if (filters.agreementId !== undefined) select = select.where('agreement_id', '=', filters.agreementId);
        if (filters.personId !== undefined) select = select.where('person_id', '=', filters.personId);
        const page = (await select.execute()).map(toCase);
        yield page.flatMap((record): ExportRecord[] => {
          const resource = caseResourceOf(record);
          if (!decide(ctx, principal, 'case:export', resource).allowed) return [];
          return [redactCase(record, allowedGroups(ctx, principal, resource))];
        });
        if (page.length < PAGE) return;
        after = page[page.length - 1]?.reference ?? null;
      }
    }
    case 'agreements':
    case 'ledger': {
      const agreements = await ctx.db.selectFrom('agreements').selectAll().orderBy('code').execute();
      const action = kind === 'agreements' ? 'agreement:read' : 'ledger:read';
      const allowed = agreements.filter((a) => {
        const resource: AgreementResource = { type: 'Agreement', id: a.id, sendingCountry: a.sending_country, receivingCountry: a.receiving_country };
        return decide(ctx, principal, action, resource).allowed;
      });
      if (kind === 'agreements') {
        yield allowed.map((a) => ({ id: a.id, code: a.code, title: a.title, sendingCountry: a.sending_country, receivingCountry: a.receiving_country, status: a.status, statusChangedAt: a.status_changed_at, effectiveFrom: a.effective_from, effectiveTo: a.effective_to, version: a.version }));
        return;
      }
      for (const agreement of allowed) {
        const obligations = await ctx.db.selectFrom('payment_obligations').selectAll().where('agreement_id', '=', agreement.id).orderBy('due_on').orderBy('id').execute();
        yield obligations.map((o) => ({ entry: 'obligation', id: o.id, agreementId: o.agreement_id, kind: o.kind, caseId: o.case_id, amountMinor: o.amount_minor, currency: o.currency, on: o.due_on, label: o.label, recordedAt: o.recorded_at, recordedBy: o.recorded_by }));
        const disbursements = await ctx.db.selectFrom('disbursements').selectAll().where('agreement_id', '=', agreement.id).orderBy('paid_on').orderBy('id').execute();
        yield disbursements.map((d) => ({ entry: 'disbursement', id: d.id, agreementId: d.agreement_id, kind: null, caseId: null, amountMinor: d.amount_minor, currency: d.currency, on: d.paid_on, label: d.reference, recordedAt: d.recorded_at, recordedBy: d.recorded_by }));
      }
      return;
    }
    case 'decisions': {
      for (let after: { createdAt: string; id: string } | null = null; ; ) {
        let select = ctx.db
          .selectFrom('decisions')
          .innerJoin('cases', 'cases.id', 'decisions.case_id')
          .select(['decisions.id', 'decisions.case_id', 'decisions.transition', 'decisions.rule_set_id', 'decisions.rule_set_hash', 'decisions.facts_hash', 'decisions.outcome', 'decisions.evaluated_at', 'decisions.actor', 'decisions.created_at'])
          .select(['cases.agency', 'cases.officer_id', 'cases.team_ids', 'cases.counsel_id', 'cases.destination_country', 'cases.agreement_id', 'cases.state'])
          .where(visibleCases(principal, at))
          .orderBy('decisions.created_at')
          .orderBy('decisions.id')
          .limit(PAGE);
        if (after !== null) {
          const cursor = after;
          select = select.where((eb) => eb.or([eb('decisions.created_at', '>', cursor.createdAt), eb.and([eb('decisions.created_at', '=', cursor.createdAt), eb('decisions.id', '>', cursor.id)])]));
        }
        if (filters.state !== undefined) select = select.where('cases.state', '=', filters.state);
        if (filters.destinationCountry !== undefined) select = select.where('cases.destination_country', '=', filters.destinationCountry);
        if (filters.agreementId !== undefined) select = select.where('cases.agreement_id', '=', filters.agreementId);
        if (filters.personId !== undefined) select = select.where('cases.person_id', '=', filters.personId);
        const page = await select.execute();
        yield page.flatMap((d) => {
          const resource = caseResourceOf({ id: d.case_id, agency: d.agency, officerId: d.officer_id, teamIds: d.team_ids, counselId: d.counsel_id, destinationCountry: d.destination_country, agreementId: d.agreement_id, state: d.state as never });
          if (!decide(ctx, principal, 'decision:read', resource).allowed) return [];
          return [{ id: d.id, caseId: d.case_id, transition: d.transition, ruleSetId: d.rule_set_id, ruleSetHash: d.rule_set_hash, factsHash: d.facts_hash, outcome: d.outcome, evaluatedAt: d.evaluated_at, actor: d.actor, createdAt: d.created_at }];
        });
        const last = page[page.length - 1];
        if (page.length < PAGE || last === undefined) return;
        after = { createdAt: last.created_at, id: last.id };
      }
    }
    case 'audit': {
      for (let after = 0; ; ) {
        // Sealed entries only (seq > 0), whose fields are their leaf's: the same derivation as the audit_log view
        // (AUDIT_LOG_VIEW_SELECT), but parsing each leaf once per row, where the view parses it once per column —
        // 3–4 × the cost over a whole log. A test keeps the two equal.
        const { rows: page } = await sql<{ seq: number; at: string; actor: string; action: string; resource_type: string; resource_id: string | null; details: unknown; prev_hash: string; hash: string }>`
          select seq, (entry ->> 'at')::timestamptz as at, entry ->> 'actor' as actor, entry ->> 'action' as action,
                 (entry -> 'resource') ->> 'type' as resource_type, (entry -> 'resource') ->> 'id' as resource_id,
                 entry -> 'details' as details, entry ->> 'prevHash' as prev_hash, hash
            from (select seq, hash, leaf::jsonb as entry from audit_log_rows where seq > ${after} order by seq limit ${PAGE}) as sealed
           order by seq`.execute(ctx.db);
        yield page.map((e) => ({ seq: e.seq, at: e.at, actor: e.actor, action: e.action, resourceType: e.resource_type, resourceId: e.resource_id, details: e.details, prevHash: e.prev_hash, hash: e.hash }));
        const last = page[page.length - 1];
        if (page.length < PAGE || last === undefined) return;
        after = last.seq;
      }
    }
  }
}
