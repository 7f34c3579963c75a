import { sql, type Kysely } from 'kysely';

/**
 * Transfers: manifest entries, the signed manifest snapshot (append-only, trigger), departure
 * removals, boarding records, welfare checks and after-action reviews.
 *
 * A case can be on only one OPEN manifest: `manifest_entries.active` is true while the entry counts
 * (not removed, transfer not cancelled or arrived) and a unique partial index on case_id enforces it.
 * Warning: `manifest_snapshots.snapshot` is hashed and signed as stored (canonical JSON); never
 * rewrite it in a later migration.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table transfers
      add column agency text not null default '',
      add column locked_at timestamptz,
      add column locked_by text,
      add column departed_at timestamptz,
      add column arrived_at timestamptz,
      add column arrival_confirmed_by text,
      add column closed_at timestamptz,
      add column cancelled_at timestamptz,
      add column cancel_reason text;
    create index transfers_agreement_idx on transfers (agreement_id, scheduled_departure);

    create table manifest_entries (
      transfer_id uuid not null references transfers(id),
      case_id uuid not null references cases(id),
      added_at timestamptz not null,
      added_by text not null,
      active boolean not null default true,
      primary key (transfer_id, case_id)
    );
    create unique index manifest_entries_one_open_transfer on manifest_entries (case_id) where active;

    create table manifest_snapshots (
      transfer_id uuid primary key references transfers(id),
      snapshot jsonb not null,
      snapshot_hash text not null check (snapshot_hash ~ '^[0-9a-f]{64}$'),
      signature text not null,
      key_id text not null check (key_id ~ '^[0-9a-f]{64}$'),
      purpose text not null,
      case_count integer not null check (case_count >= 1),
      created_at timestamptz not null
    );
    create function manifest_snapshots_guard() returns trigger language plpgsql as $$
    begin
      raise exception 'manifest_snapshots is immutable: % refused', tg_op using errcode = 'P0001';
    end $$;
    create trigger manifest_snapshots_immutable before update or delete on manifest_snapshots
      for each row execute function manifest_snapshots_guard();
    create trigger manifest_snapshots_no_truncate before truncate on manifest_snapshots
      for each statement execute function manifest_snapshots_guard();

    create table departure_removals (
      transfer_id uuid not null references transfers(id),
      case_id uuid not null references cases(id),
      decision_id uuid not null references decisions(id),
      blocked_by text[] not null,
      reason text not null,
      removed_at timestamptz not null,
      primary key (transfer_id, case_id)
    );

    create table boarding_records (
      transfer_id uuid not null references transfers(id),
      case_id uuid not null references cases(id),
      boarded_at timestamptz not null,
      recorded_by text not null,
      primary key (transfer_id, case_id)
    );

    create table welfare_checks (
      id uuid primary key default gen_random_uuid(),
      transfer_id uuid not null references transfers(id),
      case_id uuid not null references cases(id),
      day_offset integer not null check (day_offset > 0),
      due_at timestamptz not null,
      sources text[] not null,
      status text not null default 'scheduled' check (status in ('scheduled','completed','missed')),
      result text check (result in ('well','concern','unreachable')),
      notes text not null default '',
      completed_at timestamptz,
      recorded_by text,
      version integer not null default 1 check (version >= 1),
      unique (transfer_id, case_id, day_offset),
      check ((status = 'scheduled') = (completed_at is null))
    );
    create index welfare_checks_due_idx on welfare_checks (due_at) where status = 'scheduled';

    create table after_action_reviews (
      transfer_id uuid primary key references transfers(id),
      summary text not null,
      deviations jsonb not null,
      findings jsonb not null,
      follow_ups jsonb not null,
      document_ids uuid[] not null default '{}',
      recorded_by text not null,
      created_at timestamptz not null,
      updated_at timestamptz not null,
      version integer not null default 1 check (version >= 1)
    );
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table after_action_reviews;
    drop table welfare_checks;
    drop table boarding_records;
    drop table departure_removals;
    drop table manifest_snapshots;
    drop function manifest_snapshots_guard();
    drop table manifest_entries;
    drop index transfers_agreement_idx;
    alter table transfers
      drop column agency, drop column locked_at, drop column locked_by, drop column departed_at, drop column arrived_at,
      drop column arrival_confirmed_by, drop column closed_at, drop column cancelled_at, drop column cancel_reason;
  `.execute(db);
}
