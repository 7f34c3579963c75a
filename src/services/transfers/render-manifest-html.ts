import { openWrappedPersonalFields } from '../../audit/retention/sealed-person.js';
import type { PersonalFields } from '../../core/person.js';
import { appendAudit } from '../../audit/audit-log.js';
import { escapeHtml } from '../../core/notices/html-escape.js';
import { actorRef, type Principal } from '../../core/principal.js';
import { toCase } from '../../db/repositories/case.repository.js';
import { findManifestSnapshot, listAllManifestCaseIds, listBoardedCaseIds, listDepartureRemovals, listManifestCaseIds } from '../../db/repositories/transfer.repository.js';
import { allowedGroups, caseResourceOf } from '../access/case-access.js';
import { nowInstant, runWrite, type ServiceContext } from '../context.js';
import { authorizeTransferAction } from './transfer-access.js';

const PRINT_CSS = `
  body { font: 11pt/1.4 system-ui, sans-serif; margin: 2cm; color: #000; }
  h1 { font-size: 16pt; margin: 0 0 .3em; }
  table { border-collapse: collapse; width: 100%; }
  th, td { border: 1px solid #444; padding: 3px 6px; text-align: left; font-size: 10pt; }
  thead { display: table-header-group; }
  tr { page-break-inside: avoid; }
  .withheld { font-style: italic; color: #555; }
  .meta { margin: 0 0 1em; }
  @page { size: A4; margin: 1.5cm; }
  @media print { body { margin: 0; } }
`;

/**
 * The printable manifest: transfer header, signature fingerprint, one row per case (reference,
 * name, status at the gate). Names appear only where the caller may see the `identity` field group
 * of that case (policy; otherwise "[withheld]"); every value is HTML-escaped. The read is audited
 * with the number of names shown.
 *
 * @example const html = await renderManifestHtml(ctx, principal, transferId)
 */
function manifestName(fields: PersonalFields): string {
  return `${fields.familyName}, ${fields.givenNames}`;
}

export async function renderManifestHtml(ctx: ServiceContext, principal: Principal, transferId: string): Promise<string> {
  const transfer = await authorizeTransferAction(ctx, principal, transferId, 'transfer:read');
  const open = ['planned', 'manifest_locked', 'departed'].includes(transfer.status);
  const [caseIds, snapshot, removals, boarded] = await Promise.all([
    open ? listManifestCaseIds(ctx.db, transferId) : listAllManifestCaseIds(ctx.db, transferId),
    findManifestSnapshot(ctx.db, transferId),
    listDepartureRemovals(ctx.db, transferId),
    listBoardedCaseIds(ctx.db, transferId),
  ]);
  const allIds = [...new Set([...caseIds, ...removals.map((r) => r.caseId)])];
  const rows =
    allIds.length === 0
      ? []
      : await ctx.db
          .selectFrom('cases')
          .innerJoin('people', 'people.id', 'cases.person_id')
          .leftJoin('person_keys', 'person_keys.person_id', 'people.id')
          .selectAll('cases')
          .select(['people.personal_data', 'person_keys.key as person_key'])
          .where('cases.id', 'in', allIds)
          .orderBy('cases.reference')
          .execute();
  const removedBy = new Map(removals.map((r) => [r.caseId, r]));
  const boardedSet = new Set(boarded);
  let namesShown = 0;
  const body = rows.map((row) => {
    const record = toCase(row);
    const showName = allowedGroups(ctx, principal, caseResourceOf(record)).has('identity');
    if (showName) namesShown += 1;
    // Decrypted only for rows whose names the caller may see; an erased person's name no longer exists.
    const name = !showName
      ? '<span class="withheld">[withheld]</span>'
      : row.person_key === null
        ? '<span class="withheld">[erased]</span>'
        : escapeHtml(manifestName(openWrappedPersonalFields(ctx.personKeyEncryptionKey, row.person_id, Uint8Array.from(row.person_key), row.personal_data)));
    const removal = removedBy.get(row.id);
    const status = removal !== undefined ? `Removed at departure: ${removal.blockedBy.join(', ') || 'not manifested'}` : boardedSet.has(row.id) ? 'Boarded' : 'On manifest';
    return `<tr><td>${escapeHtml(record.reference)}</td><td>${name}</td><td>${escapeHtml(record.state)}</td><td>${escapeHtml(status)}</td></tr>`;
  });
  const at = nowInstant(ctx);
  await runWrite(ctx, (trx) =>
    appendAudit(trx, { actor: actorRef(principal), action: 'transfer.manifest_print', resourceType: 'transfer', resourceId: transferId, details: { purpose: 'print_manifest', cases: rows.length, namesShown }, at }),
  );
  const signature = snapshot === undefined ? 'Not locked' : `Locked ${snapshot.createdAt}; SHA-256 ${snapshot.snapshotHash}; key ${snapshot.keyId}`;
  return [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8">',
    `<title>Manifest ${escapeHtml(transfer.reference)}</title>`,
    `<style>${PRINT_CSS}</style></head><body>`,
    `<h1>Manifest ${escapeHtml(transfer.reference)}</h1>`,
    `<p class="meta">Status: ${escapeHtml(transfer.status)} · Scheduled departure: ${escapeHtml(transfer.scheduledDeparture)} · Carrier: ${escapeHtml(transfer.carrier)} · Flight: ${escapeHtml(transfer.flight)} · Facility: ${escapeHtml(transfer.facility)} · Escorts: ${transfer.escortCount}</p>`,
    `<p class="meta">${escapeHtml(signature)}</p>`,
    '<table><thead><tr><th>Case</th><th>Name</th><th>Case state</th><th>Boarding</th></tr></thead><tbody>',
    ...body,
    '</tbody></table>',
    `<p class="meta">${rows.length} cases.</p>`,
    '</body></html>',
  ].join('\n');
}
