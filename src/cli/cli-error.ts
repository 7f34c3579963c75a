import { isAppError } from '../core/errors.js';

/** Thrown by commands to end with a specific exit code after printing a line. */
export class ExitError extends Error {
  constructor(
    readonly exitCode: number,
    message: string,
  ) {
    super(message);
  }
}

/** One line, no stack: what went wrong and, where possible, what to do. */
export function describeFailure(error: unknown): { line: string; exitCode: number } {
  if (error instanceof ExitError) return { line: error.message, exitCode: error.exitCode };
  if (isAppError(error)) return { line: `waypoint: ${error.code}: ${error.message}`, exitCode: 1 };
  const message = error instanceof Error ? error.message : String(error);
  return { line: `waypoint: ${message.split('\n')[0] ?? 'failed'}`, exitCode: 1 };
}
