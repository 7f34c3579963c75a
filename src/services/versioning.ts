import { AppError } from '../core/errors.js';

/**
 * Optimistic concurrency: every mutable record carries a version, exposed as
 * its ETag; an update names the version it was based on (If-Match).
 */
export function assertVersion(resource: string, id: string, currentVersion: number, expectedVersion: number): void {
  if (currentVersion !== expectedVersion) {
    throw new AppError('precondition_failed', `${resource} ${id} is at version ${currentVersion}, not ${expectedVersion}`, {
      resource,
      id,
      currentVersion,
      expectedVersion,
    });
  }
}
