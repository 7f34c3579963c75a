import { sql, type Kysely } from 'kysely';

/**
 * Agreements lifecycle, capacity ledger, payments ledger and country assessments.
 *
 * The capacity invariant (reserved + consumed ≤ capacity) lives in one row per
 * agreement (agreement_capacity) with a CHECK: every reservation changes that
 * row under a row lock in the same transaction as the reservation itself, so
 * no interleaving of writers can over-commit an agreement. Money is bigint
 * minor units with an ISO 4217 code; CHECKs refuse negative amounts.
 * WARNING: country_assessments is read by the safeguards sweep; keep its shape.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table agreement_status_changes (
      id uuid primary key default gen_random_uuid(),
      -- Order of recording: several changes may share one instant (and one effective date).
      seq bigint generated always as identity unique,
      agreement_id uuid not null references agreements(id),
      from_status text not null check (from_status in ('proposed','negotiating','active','suspended','terminated')),
      to_status text not null check (to_status in ('proposed','negotiating','active','suspended','terminated')),
      effective_on date not null,
      reason text not null check (length(reason) between 1 and 2000),
      changed_at timestamptz not null,
      changed_by text not null,
      check (from_status <> to_status)
    );
    create index agreement_status_changes_idx on agreement_status_changes (agreement_id, seq);

    create table agreement_capacity (
      agreement_id uuid primary key references agreements(id),
      capacity integer check (capacity >= 0),
      reserved integer not null default 0 check (reserved >= 0),
      consumed integer not null default 0 check (consumed >= 0),
      updated_at timestamptz not null,
      constraint agreement_capacity_not_exceeded check (capacity is null or reserved + consumed <= capacity)
    );

    create table capacity_reservations (
      id uuid primary key default gen_random_uuid(),
      agreement_id uuid not null references agreements(id),
      case_id uuid not null references cases(id),
      status text not null check (status in ('reserved','consumed','released')),
      reserved_at timestamptz not null,
      consumed_at timestamptz,
      released_at timestamptz,
      check ((status = 'consumed') = (consumed_at is not null)),
      check ((status = 'released') = (released_at is not null))
    );
    -- A case holds at most one place at a time (it may be proposed again after a release).
    create unique index capacity_reservations_one_live_per_case on capacity_reservations (case_id) where status <> 'released';
    create index capacity_reservations_agreement_idx on capacity_reservations (agreement_id, status);

    create table payment_obligations (
      id uuid primary key default gen_random_uuid(),
      agreement_id uuid not null references agreements(id),
      kind text not null check (kind in ('per_person','lump_sum')),
      case_id uuid references cases(id),
      amount_minor bigint not null check (amount_minor >= 0),
      currency char(3) not null check (currency ~ '^[A-Z]{3}$'),
      due_on date not null,
      label text not null,
      terms_version integer,
      recorded_at timestamptz not null,
      recorded_by text not null,
      check ((kind = 'per_person') = (case_id is not null))
    );
    -- Exactly one per-person obligation per relocated case, and each scheduled lump sum once.
    create unique index payment_obligations_one_per_case on payment_obligations (case_id) where case_id is not null;
    create unique index payment_obligations_one_per_lump_sum on payment_obligations (agreement_id, due_on, label) where kind = 'lump_sum';
    create index payment_obligations_agreement_idx on payment_obligations (agreement_id, due_on);

    create table disbursements (
      id uuid primary key default gen_random_uuid(),
      agreement_id uuid not null references agreements(id),
      amount_minor bigint not null check (amount_minor >= 0),
      currency char(3) not null check (currency ~ '^[A-Z]{3}$'),
      paid_on date not null,
      reference text not null default '',
      recorded_at timestamptz not null,
      recorded_by text not null
    );
    create index disbursements_agreement_idx on disbursements (agreement_id, paid_on);

    create table country_assessments (
      id uuid primary key default gen_random_uuid(),
      country char(2) references countries(code),
      finding text check (finding in ('unsafe','concerns','no_finding')),
      controlling boolean not null,
      assessed_on date not null,
      source text not null,
      citation text not null,
      scope text not null default '',
      recorded_at timestamptz not null,
      recorded_by text not null
    );
    create index country_assessments_country_idx on country_assessments (country, assessed_on);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table country_assessments;
    drop table disbursements;
    drop table payment_obligations;
    drop table capacity_reservations;
    drop table agreement_capacity;
    drop table agreement_status_changes;
  `.execute(db);
}
