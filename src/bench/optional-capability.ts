import { readdir, readFile } from 'node:fs/promises';

/**
 * Finds a function another piece of Waypoint exports for the benchmark (e.g. measureSearch in
 * src/services/documents) without a static import, so this suite builds and runs before that
 * capability lands and picks it up the moment it does. Looks in the folder (relative to this
 * module: src/… under vitest, dist/… when built) for a module whose source exports `name`.
 * Returns the function, or the reason there is none (folder missing, no such export).
 *
 * @example const found = await findExportedFunction('../services/documents/', 'measureSearch');
 */
export async function findExportedFunction(folder: string, name: string): Promise<{ readonly fn: (...args: unknown[]) => unknown } | { readonly reason: string }> {
  const url = new URL(folder, import.meta.url);
  let files: string[];
  try {
    files = await readdir(url);
  } catch {
    return { reason: `${folder.replace(/^\.\.\//, 'src/')} does not exist yet` };
  }
  const exported = new RegExp(`export\\s+(async\\s+)?function\\s+${name}\\b|export\\s+const\\s+${name}\\b`);
  for (const file of files.filter((f) => /\.(ts|js)$/.test(f) && !/\.(test|d)\.(ts|js)$/.test(f)).sort()) {
    const source = await readFile(new URL(file, url), 'utf8');
    if (!exported.test(source)) continue;
    const module = (await import(new URL(file, url).href)) as Record<string, unknown>;
    const fn = module[name];
    if (typeof fn === 'function') return { fn: fn as (...args: unknown[]) => unknown };
  }
  return { reason: `no module in ${folder.replace(/^\.\.\//, 'src/')} exports ${name} yet` };
}

/**
 * The first finite number among `keys` of an object (the capability's own field names vary).
 *
 * @example numberField({ p95Ms: 3.2 }, ['p95Ms', 'p95']) // 3.2
 */
export function numberField(value: unknown, keys: readonly string[]): number | null {
  if (typeof value !== 'object' || value === null) return null;
  for (const key of keys) {
    const candidate = (value as Record<string, unknown>)[key];
    if (typeof candidate === 'number' && Number.isFinite(candidate)) return candidate;
  }
  return null;
}
