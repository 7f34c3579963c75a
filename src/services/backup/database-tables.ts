import { sql } from 'kysely';
import type { Queryable } from '../../db/schema.js';

/** A table as backup sees it: stored columns (generated ones are recomputed on load) and the key that orders its rows. */
export interface BackedUpTable {
  readonly name: string;
  readonly columns: readonly string[];
  readonly generatedColumns: readonly string[];
  readonly orderBy: readonly string[];
}

/**
 * Every table of the public schema except Kysely's migration bookkeeping (a
 * restore target is migrated by this build; the backup header names the
 * migrations instead), parents before children (foreign keys), so a load in
 * this order would satisfy every reference even with checks on.
 */
export async function listBackedUpTables(db: Queryable): Promise<BackedUpTable[]> {
  const { rows: columns } = await sql<{ table_name: string; column_name: string; generated: boolean; key_position: number | null }>`
    select c.relname as table_name, a.attname as column_name, a.attgenerated <> '' as generated,
           array_position(k.conkey, a.attnum) as key_position
      from pg_class c
      join pg_namespace n on n.oid = c.relnamespace and n.nspname = 'public'
      join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
      left join pg_constraint k on k.conrelid = c.oid and k.contype = 'p'
     where c.relkind = 'r' and c.relname not like 'kysely_migration%'
     order by c.relname, a.attnum`.execute(db);
  const { rows: references } = await sql<{ child: string; parent: string }>`
    select distinct c.relname as child, p.relname as parent
      from pg_constraint k
      join pg_class c on c.oid = k.conrelid
      join pg_class p on p.oid = k.confrelid
      join pg_namespace n on n.oid = c.relnamespace and n.nspname = 'public'
     where k.contype = 'f' and c.oid <> p.oid`.execute(db);
  const tables = new Map<string, { columns: string[]; generated: string[]; key: Array<[number, string]> }>();
  for (const row of columns) {
    const table = tables.get(row.table_name) ?? { columns: [], generated: [], key: [] };
    (row.generated ? table.generated : table.columns).push(row.column_name);
    if (row.key_position !== null) table.key.push([row.key_position, row.column_name]);
    tables.set(row.table_name, table);
  }
  const ordered: string[] = [];
  const visiting = new Set<string>();
  const visit = (name: string) => {
    if (ordered.includes(name) || visiting.has(name)) return;
    visiting.add(name);
    for (const reference of references) if (reference.child === name) visit(reference.parent);
    ordered.push(name);
  };
  for (const name of [...tables.keys()].sort()) visit(name);
  return ordered.map((name) => {
    const table = tables.get(name) ?? { columns: [], generated: [], key: [] };
    const key = table.key.sort((a, b) => a[0] - b[0]).map(([, column]) => column);
    // A table without a primary key is ordered by all its columns, so the order (and the hash) is still deterministic.
    return { name, columns: table.columns, generatedColumns: table.generated, orderBy: key.length > 0 ? key : table.columns };
  });
}

/** Sequences and their positions (case references, identity columns), restored with setval. */
export async function readSequences(db: Queryable): Promise<Record<string, { lastValue: number; isCalled: boolean }>> {
  const { rows: names } = await sql<{ name: string }>`select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace and n.nspname = 'public' where c.relkind = 'S' order by 1`.execute(db);
  const result: Record<string, { lastValue: number; isCalled: boolean }> = {};
  for (const { name } of names) {
    const { rows } = await sql<{ last_value: string | number; is_called: boolean }>`select last_value, is_called from ${sql.table(name)}`.execute(db);
    result[name] = { lastValue: Number(rows[0]?.last_value ?? 1), isCalled: rows[0]?.is_called ?? false };
  }
  return result;
}

/**
 * Reads a table's rows as JSON text, in key order, a page at a time (constant
 * memory). `to_jsonb` renders every type losslessly (bytea as hex, times in
 * the session time zone, which the caller sets to UTC) and
 * `jsonb_populate_recordset` reads the same text back, on PGlite and PostgreSQL alike.
 */
export async function* readTableRows(db: Queryable, table: BackedUpTable, pageSize = 2_000): AsyncGenerator<string[]> {
  const generated = table.generatedColumns;
  const order = sql.join(table.orderBy.map((column) => sql.ref(`t.${column}`)));
  for (let offset = 0; ; offset += pageSize) {
    const { rows } = await sql<{ row: string }>`
      select (to_jsonb(t) - ${generated}::text[])::text as row from ${sql.table(table.name)} t order by ${order} limit ${pageSize} offset ${offset}`.execute(db);
    if (rows.length > 0) yield rows.map((r) => r.row);
    if (rows.length < pageSize) return;
  }
}

/** The migrations applied to this database, in order: a backup restores only into the same schema. */
export async function appliedMigrations(db: Queryable): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(db);
  return rows.map((row) => row.name);
}
