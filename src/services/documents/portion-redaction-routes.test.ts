import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Caveat } from '../../core/document.js';
import { classificationRank, type Classification, type Principal, type Role } from '../../core/principal.js';
import { listParagraphs } from '../../db/repositories/document.repository.js';
import { TEST_DATABASE_KINDS } from '../../test-support/databases.js';
import { createTestContext, type TestContext } from '../../test-support/test-app.js';
import { seedDemoDocuments } from '../demo/seed-demo-documents.js';
import { documentExportText, documentPrintHtml } from './document-print.js';
import { readDocument } from './read-document.js';
import { searchDocuments } from './search-documents.js';

function reader(username: string, roles: Role[], clearance: Classification, country: string | null, distribution: string[] = []): Principal {
  return { kind: 'user', userId: randomUUID(), username, roles, clearance, country, distribution };
}

/** Every clearance, with and without the NODIS list, and the foreign liaison. */
const READERS: readonly Principal[] = [
  reader('officer-u', ['program_officer'], 'UNCLASSIFIED', null),
  reader('officer-sbu', ['program_officer'], 'SBU', null),
  reader('supervisor-c', ['supervisor'], 'CONFIDENTIAL', null),
  reader('oversight-s', ['oversight'], 'SECRET', null),
  reader('diplomat-s-nodis', ['diplomatic_officer'], 'SECRET', null, ['KIGALI-NODIS']),
  reader('liaison-rw', ['receiving_liaison'], 'UNCLASSIFIED', 'RW'),
];

/** An oracle written from the rules, independent of Cedar: may this reader see a paragraph with this mark? */
function expectedVisible(principal: Principal, classification: Classification, caveats: readonly Caveat[], distribution: readonly string[]): boolean {
  if (classificationRank(classification) > classificationRank(principal.clearance)) return false;
  if (principal.country !== null && caveats.includes('NOFORN')) return false;
  if ((caveats.includes('NODIS') || caveats.includes('EXDIS')) && !distribution.some((name) => principal.distribution?.includes(name))) return false;
  return true;
}

describe.each(TEST_DATABASE_KINDS)('portion redaction through view, print, export and search (%s)', (kind) => {
  let context: TestContext;
  let documents: { id: string; distribution: string[]; releasableTo: string[]; paragraphs: Awaited<ReturnType<typeof listParagraphs>> }[] = [];

  beforeAll(async () => {
    context = await createTestContext(kind);
    expect(await seedDemoDocuments(context.services, context.operator)).toBe(5);
    const rows = await context.database.db.selectFrom('documents').select(['id', 'distribution', 'releasable_to']).execute();
    documents = await Promise.all(rows.map(async (row) => ({ id: row.id, distribution: row.distribution, releasableTo: row.releasable_to, paragraphs: await listParagraphs(context.database.db, row.id) })));
  }, 60_000);
  afterAll(() => context.dispose());

  it.each(READERS.map((principal) => [principal.username, principal] as const))('%s sees exactly the paragraphs the rules allow, by every route', async (_name, principal) => {
    for (const document of documents) {
      const expected = document.paragraphs.map((paragraph) => expectedVisible(principal, paragraph.portion.classification, paragraph.portion.caveats, document.distribution));
      const mayOpen = expected.some(Boolean) && (principal.country === null || document.releasableTo.includes(principal.country));
      if (!mayOpen) {
        await expect(readDocument(context.services, principal, document.id, { channel: 'view' }), `${principal.username} ${document.id}`).rejects.toMatchObject({ code: 'not_found' });
        continue;
      }
      const view = await readDocument(context.services, principal, document.id, { channel: 'view' });
      expect(view.redacted.paragraphs.map((paragraph) => paragraph.visible)).toEqual(expected);
      const exported = documentExportText(view);
      const printed = documentPrintHtml(view);
      for (const [index, paragraph] of document.paragraphs.entries()) {
        const firstLine = paragraph.text.split('\n')[0] ?? '';
        if (expected[index] === true) continue;
        const notice = `[paragraph ${paragraph.number} withheld: ${paragraph.portion.classification}]`;
        expect(view.redacted.text).toContain(notice);
        expect(exported).toContain(notice);
        expect(printed).toContain(notice);
        for (const output of [view.redacted.text, exported]) expect(output).not.toContain(firstLine);
      }
    }
    // Search: every hit is a paragraph the oracle allows, and every allowed paragraph is findable by its own words.
    const hits = (await searchDocuments(context.services, principal, { q: 'illustrative OR rwanda OR assurances OR monitoring OR officials OR kampala', limit: 100 })).items;
    for (const hit of hits) {
      const document = documents.find((candidate) => candidate.id === hit.documentId);
      const paragraph = document?.paragraphs.find((candidate) => candidate.number === hit.paragraphNumber);
      expect(paragraph && document && expectedVisible(principal, paragraph.portion.classification, paragraph.portion.caveats, document.distribution)).toBe(true);
    }
  });

  it('a CONFIDENTIAL paragraph never reaches an SBU reader; NOFORN never the liaison; NODIS only the distribution', async () => {
    const [, sbu, , secretNoList, nodisReader, liaison] = READERS as [Principal, Principal, Principal, Principal, Principal, Principal];
    const everything = async (principal: Principal) => (await searchDocuments(context.services, principal, { q: 'illustrative OR rwanda OR assurances OR monitoring OR officials', limit: 100 })).items;
    const marks = async (principal: Principal) =>
      (await everything(principal)).map((hit) => documents.find((d) => d.id === hit.documentId)?.paragraphs.find((p) => p.number === hit.paragraphNumber)?.portion);
    expect((await marks(sbu)).every((portion) => portion !== undefined && classificationRank(portion.classification) <= 1)).toBe(true);
    expect((await marks(liaison)).every((portion) => portion !== undefined && !portion.caveats.includes('NOFORN'))).toBe(true);
    expect((await marks(secretNoList)).some((portion) => portion?.caveats.includes('NODIS'))).toBe(false);
    expect((await marks(nodisReader)).some((portion) => portion?.caveats.includes('NODIS'))).toBe(true);
  });
});
