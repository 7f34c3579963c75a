import type { Selectable } from 'kysely';
import type { AgreementStatus } from '../../core/agreement.js';
import type { AgreementStatusChange } from '../../core/ledger/ledger-entries.js';
import type { Queryable, Tx } from '../schema.js';
import type { AgreementStatusChangesTable } from '../tables/ledger.table.js';

function toStatusChange(row: Selectable<AgreementStatusChangesTable>): AgreementStatusChange {
  return {
    id: row.id,
    agreementId: row.agreement_id,
    fromStatus: row.from_status as AgreementStatus,
    toStatus: row.to_status as AgreementStatus,
    effectiveOn: row.effective_on,
    reason: row.reason,
    changedAt: row.changed_at,
    changedBy: row.changed_by,
  };
}

export interface NewStatusChange {
  readonly agreementId: string;
  readonly fromStatus: AgreementStatus;
  readonly toStatus: AgreementStatus;
  readonly effectiveOn: string;
  readonly reason: string;
}

export async function insertStatusChange(trx: Tx, change: NewStatusChange, at: string, actor: string): Promise<AgreementStatusChange> {
  const row = await trx
    .insertInto('agreement_status_changes')
    .values({
      agreement_id: change.agreementId,
      from_status: change.fromStatus,
      to_status: change.toStatus,
      effective_on: change.effectiveOn,
      reason: change.reason,
      changed_at: at,
      changed_by: actor,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toStatusChange(row);
}

/** Every recorded change, in the order they were made. */
export async function listStatusChanges(db: Queryable, agreementId: string): Promise<AgreementStatusChange[]> {
  const rows = await db.selectFrom('agreement_status_changes').selectAll().where('agreement_id', '=', agreementId).orderBy('seq').execute();
  return rows.map(toStatusChange);
}

export async function setAgreementStatus(trx: Tx, agreementId: string, status: AgreementStatus, at: string): Promise<void> {
  await trx
    .updateTable('agreements')
    .set((eb) => ({ status, status_changed_at: at, updated_at: at, version: eb('version', '+', 1) }))
    .where('id', '=', agreementId)
    .execute();
}
