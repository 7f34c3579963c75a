import { resolve } from 'node:path';
import { AppError } from '../core/errors.js';
import type { DatabaseConfig } from '../db/database.js';

/** Everything Waypoint reads from its environment, in one place (README: Configuration). */
export interface WaypointConfig {
  readonly database: DatabaseConfig;
  readonly dataDir: string;
  readonly host: string;
  readonly port: number;
  readonly logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Actor recorded for writes that no signed-in user made (CLI, seeding). */
  readonly operatorActor: string;
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

export function readConfig(env: NodeJS.ProcessEnv = process.env): WaypointConfig {
  const dataDir = resolve(env.WAYPOINT_DATA_DIR ?? './data');
  const url = env.DATABASE_URL?.trim();
  const port = Number(env.PORT ?? '8080');
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new AppError('validation_failed', `PORT must be an integer 0-65535, not ${env.PORT ?? ''}`);
  const logLevel = (env.LOG_LEVEL ?? 'info') as WaypointConfig['logLevel'];
  if (!LOG_LEVELS.includes(logLevel)) throw new AppError('validation_failed', `LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}`);
  if (url !== undefined && url !== '' && !/^postgres(ql)?:\/\//.test(url)) {
    throw new AppError('validation_failed', 'DATABASE_URL must start with postgres:// or postgresql://');
  }
  return {
    database: url ? { kind: 'postgres', url } : { kind: 'pglite', dataDir },
    dataDir,
    host: env.HOST ?? '127.0.0.1',
    port,
    logLevel,
    operatorActor: env.WAYPOINT_ACTOR ?? 'operator',
  };
}
