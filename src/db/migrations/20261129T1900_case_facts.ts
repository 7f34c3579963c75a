import { sql, type Kysely } from 'kysely';

/**
 * Storage of the facts the safeguards read, and of what a sweep leaves behind.
 *
 * Why one `case_facts` table (kind + jsonb payload) and not a table per fact:
 * - every fact of a case is read together (buildCaseFacts), so one indexed query per batch of cases
 *   loads them all, which is what lets the sweep handle 100k open cases without per-case round trips;
 * - the payload is validated by a zod schema per kind before it is written (src/services/cases/
 *   case-fact-kinds.ts), and the database checks the kind, so free-form JSON never gets in;
 * - facts are append-only: a correction is a new row that `supersedes` the old one, so the history a
 *   decision was made on is never rewritten (the decision also stores its own snapshot).
 * Court orders are different: a program-wide or destination-wide stay applies to many cases, so they
 * live in `court_orders` with their scope, and the sweep finds affected cases from that scope.
 * Country assessments are read from `country_assessments`, owned by the agreements migration.
 *
 * Programs: a program is an agreement (cases.agreement_id); court orders of scope `program` name the
 * agreement id as program_id.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table case_facts (
      id uuid primary key default gen_random_uuid(),
      case_id uuid not null references cases(id),
      kind text not null check (kind in ('removal_order','designation_record','fear_claim','fear_outcome','reasonable_fear_interview','reopening','protection','notice','assurance','receiving_consent','individual_assessment','vulnerability_review','exigent_circumstances','monitoring_plan')),
      payload jsonb not null check (jsonb_typeof(payload) = 'object'),
      recorded_at timestamptz not null,
      recorded_by text not null,
      supersedes uuid references case_facts(id),
      check (supersedes is null or supersedes <> id)
    );
    create index case_facts_case_idx on case_facts (case_id, recorded_at, id);
    create unique index case_facts_supersedes_once_idx on case_facts (supersedes) where supersedes is not null;

    create table court_orders (
      id uuid primary key default gen_random_uuid(),
      kind text not null check (kind in ('stay','injunction','tro')),
      court text not null check (length(court) between 1 and 300),
      docket text not null default '',
      scope_kind text not null check (scope_kind in ('person','destination','program')),
      person_id uuid references people(id),
      country char(2) references countries(code),
      program_id uuid references agreements(id),
      active_from timestamptz not null,
      active_to timestamptz,
      recorded_at timestamptz not null,
      recorded_by text not null,
      supersedes uuid references court_orders(id),
      check (active_to is null or active_to >= active_from),
      check ((scope_kind = 'person') = (person_id is not null)),
      check ((scope_kind = 'destination') = (country is not null)),
      check ((scope_kind = 'program') = (program_id is not null))
    );
    create index court_orders_person_idx on court_orders (person_id) where person_id is not null;
    create index court_orders_country_idx on court_orders (country) where country is not null;
    create index court_orders_program_idx on court_orders (program_id) where program_id is not null;

    create table alerts (
      id uuid primary key default gen_random_uuid(),
      case_id uuid not null references cases(id),
      recipient_user_id uuid references users(id),
      recipient_role text not null,
      kind text not null check (kind in ('case_held','manifest_affected')),
      message text not null,
      created_at timestamptz not null,
      read_at timestamptz
    );
    create index alerts_recipient_idx on alerts (recipient_user_id, created_at) where read_at is null;
    create index alerts_case_idx on alerts (case_id);

    alter table cases add column earliest_departure_at timestamptz;
    -- The transition whose safeguards were evaluated, when it differs from the one requested
    -- (release_hold evaluates the gate of the held state; a sweep hold evaluates the current state's gate).
    alter table decisions add column evaluated_transition text;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table decisions drop column evaluated_transition;
    alter table cases drop column earliest_departure_at;
    drop table alerts;
    drop table court_orders;
    drop table case_facts;
  `.execute(db);
}
