import { AppError } from '../../core/errors.js';
import { findTransparencyRelease, type ReportRelease } from '../../db/repositories/report-release.repository.js';
import type { ServiceContext } from '../context.js';

/**
 * A stored release by version, or the newest ('latest'); public.
 * Throws `not_found` when there is none.
 *
 * @example const release = await getTransparencyRelease(ctx, 1);
 */
export async function getTransparencyRelease(ctx: ServiceContext, version: number | 'latest'): Promise<ReportRelease> {
  const release = await findTransparencyRelease(ctx.db, version);
  if (!release) throw new AppError('not_found', version === 'latest' ? 'no transparency report has been released yet' : `transparency release ${String(version)} not found`, { version });
  return release;
}
