import type { TransparencyReport } from '../../core/reports/index.js';
import type { PublicDisclosureCheck } from '../../core/reports/index.js';
import type { Queryable, Tx } from '../schema.js';

/** A stored, immutable release of the public report. */
export interface ReportRelease {
  readonly id: string;
  readonly kind: 'transparency';
  readonly version: number;
  readonly periodFrom: string;
  readonly periodTo: string;
  readonly report: TransparencyReport;
  readonly contentSha256: string;
  readonly disclosureCheck: PublicDisclosureCheck;
  readonly releasedAt: string;
  readonly releasedBy: string;
}

type Row = { id: string; kind: 'transparency'; version: number; period_from: string; period_to: string; content: Record<string, unknown>; content_sha256: string; disclosure_check: Record<string, unknown>; released_at: string; released_by: string };

function toRelease(row: Row): ReportRelease {
  return {
    id: row.id,
    kind: row.kind,
    version: row.version,
    periodFrom: row.period_from,
    periodTo: row.period_to,
    report: row.content as unknown as TransparencyReport,
    contentSha256: row.content_sha256,
    disclosureCheck: row.disclosure_check as unknown as PublicDisclosureCheck,
    releasedAt: row.released_at,
    releasedBy: row.released_by,
  };
}

const COLUMNS = ['id', 'kind', 'version', 'period_from', 'period_to', 'content', 'content_sha256', 'disclosure_check', 'released_at', 'released_by'] as const;

/** The release with that version, or the newest when version is 'latest'; null when there is none. */
export async function findTransparencyRelease(db: Queryable, version: number | 'latest'): Promise<ReportRelease | null> {
  let query = db.selectFrom('report_releases').select(COLUMNS).where('kind', '=', 'transparency');
  query = version === 'latest' ? query.orderBy('version', 'desc').limit(1) : query.where('version', '=', version);
  const row = await query.executeTakeFirst();
  return row ? toRelease(row) : null;
}

/** Next version number; the unique (kind, version) key turns a concurrent release into a retried conflict, not a shared number. */
export async function nextTransparencyVersion(trx: Tx): Promise<number> {
  const row = await trx.selectFrom('report_releases').select((eb) => eb.fn.max('version').as('latest')).where('kind', '=', 'transparency').executeTakeFirst();
  return (row?.latest ?? 0) + 1;
}

export async function insertTransparencyRelease(
  trx: Tx,
  release: Omit<ReportRelease, 'id' | 'kind'>,
): Promise<ReportRelease> {
  const row = await trx
    .insertInto('report_releases')
    .values({
      kind: 'transparency',
      version: release.version,
      period_from: release.periodFrom,
      period_to: release.periodTo,
      parameters: JSON.stringify(release.report.parameters),
      content: JSON.stringify(release.report),
      content_sha256: release.contentSha256,
      disclosure_check: JSON.stringify(release.disclosureCheck),
      released_at: release.releasedAt,
      released_by: release.releasedBy,
    })
    .returning(COLUMNS)
    .executeTakeFirstOrThrow();
  return toRelease(row);
}
