import type { Kysely, Transaction } from 'kysely';
import type { CaseFactsTables } from './tables/case-facts.table.js';
import type { AccessTables } from './tables/access.table.js';
import type { AuditTables } from './tables/audit.table.js';
import type { DocumentsTables } from './tables/documents.table.js';
import type { FoundationTables } from './tables/foundation.table.js';
import type { LedgerTables } from './tables/ledger.table.js';
import type { ReportsTables } from './tables/reports.table.js';
import type { ImportTables } from './tables/imports.table.js';
import type { TransfersTables } from './tables/transfers.table.js';

/**
 * The whole database as Kysely sees it: one interface per migration area,
 * each in src/db/tables/. Add an area by extending this list.
 */
export type DB = FoundationTables & CaseFactsTables & AuditTables & LedgerTables & AccessTables & TransfersTables & ImportTables & DocumentsTables & ReportsTables;

/** Anything that can run a query: the database or an open transaction. */
export type Queryable = Kysely<DB> | Transaction<DB>;
export type Tx = Transaction<DB>;
