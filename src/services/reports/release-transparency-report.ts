import { appendAudit } from '../../audit/audit-log.js';
import { canonicalHash } from '../../audit/sha256.js';
import { PROGRAM_REPORT } from '../../core/access/resources.js';
import { AppError } from '../../core/errors.js';
import { actorRef, type Principal, type Role } from '../../core/principal.js';
import { insertTransparencyRelease, nextTransparencyVersion, type ReportRelease } from '../../db/repositories/report-release.repository.js';
import { requireAllowed } from '../access/authorize.js';
import { nowInstant, runWrite, type ServiceContext } from '../context.js';
import { previewTransparencyReport, type TransparencyRequest } from './preview-transparency-report.js';

/**
 * Who may publish a release. The policy has no release action of its own, so
 * releasing needs 'report:program' (decided by Cedar, denials audited) AND one
 * of the roles the issue names as the report's owners: oversight (the public
 * report is their accountability product; it writes no case data, so the
 * oversight "writes nothing" rule about case records is kept) and legal
 * reviewers (they answer for the disclosure method).
 */
export const RELEASING_ROLES: readonly Role[] = ['oversight', 'legal_reviewer'];

/**
 * Computes the public report for the period with disclosure control, checks
 * every table with the exact audit, and stores it as the next version
 * (append-only), with an audit entry 'report.release' carrying the version,
 * period, content SHA-256 and the check's public result { ok, parameters }.
 * A failed check stores nothing and throws `disclosure_check_failed`.
 * Also throws what previewTransparencyReport throws, `forbidden`, `unauthenticated`.
 *
 * @example const release = await releaseTransparencyReport(ctx, oversight, { from: '2026-01-01', to: '2026-12-31' });
 */
export async function releaseTransparencyReport(ctx: ServiceContext, principal: Principal, request: TransparencyRequest): Promise<ReportRelease> {
  await requireAllowed(ctx, principal, 'report:program', PROGRAM_REPORT);
  if (principal.kind !== 'system' && !principal.roles.some((role) => RELEASING_ROLES.includes(role))) {
    await auditRoleDenial(ctx, principal);
    throw new AppError('forbidden', 'only oversight or a legal reviewer may release the transparency report', { action: 'report:release', roles: [...RELEASING_ROLES] });
  }
  const { report, check } = await previewTransparencyReport(ctx, request);
  if (!check.ok) {
    throw new AppError('disclosure_check_failed', 'the disclosure check did not pass; nothing was released', { tables: check.tables.filter((table) => !table.ok).map((table) => table.id) });
  }
  return runWrite(ctx, async (trx) => {
    const version = await nextTransparencyVersion(trx);
    const releasedAt = nowInstant(ctx);
    const content = { ...report, version, generatedAt: releasedAt };
    const contentSha256 = canonicalHash(content);
    const release = await insertTransparencyRelease(trx, {
      version,
      periodFrom: report.period.from,
      periodTo: report.period.to,
      report: content,
      contentSha256,
      disclosureCheck: check,
      releasedAt,
      releasedBy: actorRef(principal),
    });
    await appendAudit(trx, {
      actor: actorRef(principal),
      action: 'report.release',
      resourceType: 'report',
      resourceId: release.id,
      details: { kind: 'transparency', version, period: report.period, contentSha256, disclosureCheck: { ok: check.ok, parameters: check.parameters } },
      at: releasedAt,
    });
    return release;
  });
}

async function auditRoleDenial(ctx: ServiceContext, principal: Principal): Promise<void> {
  const at = nowInstant(ctx);
  await runWrite(ctx, (trx) =>
    appendAudit(trx, {
      actor: actorRef(principal),
      action: 'access.denied',
      resourceType: 'report',
      resourceId: 'transparency',
      details: { requested: 'report:release', reason: 'role_not_releasing', answeredAs: 403 },
      at,
    }),
  );
}
