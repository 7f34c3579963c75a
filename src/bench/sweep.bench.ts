import { recordCourtOrder } from '../services/cases/record-court-order.js';
import { seedScale } from '../services/scale/seed-scale.js';
import type { BenchEnvironment } from './bench-environment.js';
import { measuredRow, type BenchRow } from './bench-row.js';
import type { BenchScale } from './bench-scale.js';

const PROGRAM = 'us-rw-2025';
const OPEN_STATES = ['intake', 'designation_review', 'country_proposed', 'notice_served', 'fear_screening', 'cleared', 'manifested', 'relocated', 'monitoring'];
const PAGE = 1000;

/**
 * A program-wide stay over every open case of one program: recordCourtOrder (the order, then the
 * sweep that re-evaluates each open case and holds those that no longer pass) against a plain
 * keyset SELECT of the same cases with their person and facts through the raw driver, before the
 * order (so both read the same rows). Both figures are cases per second.
 */
export async function benchSweep(env: BenchEnvironment, scale: BenchScale): Promise<BenchRow> {
  await seedScale(env.services, env.operator, { count: scale.sweepCases, program: PROGRAM, states: ['country_proposed', 'notice_served', 'fear_screening', 'cleared', 'manifested'], casesPerDocument: 0, seed: 21 });
  const program = await env.database.db.selectFrom('agreements').select('id').where('code', '=', PROGRAM).executeTakeFirstOrThrow();

  const selectStarted = performance.now();
  let selected = 0;
  for (let after = '00000000-0000-0000-0000-000000000000'; ; ) {
    const rows = await env.raw.query<{ id: string }>(
      `select c.id, c.state, c.version, c.rule_set_id, c.destination_country, c.counsel_id, p.personal_data, k.key as person_key,
              (select coalesce(jsonb_agg(f.payload order by f.recorded_at, f.id), '[]'::jsonb) from case_facts f where f.case_id = c.id) as facts
         from cases c join people p on p.id = c.person_id left join person_keys k on k.person_id = p.id
        where c.agreement_id = $1 and c.state = any($2::text[]) and c.id > $3
        order by c.id limit ${PAGE}`,
      [program.id, OPEN_STATES, after],
    );
    selected += rows.length;
    const last = rows.at(-1);
    if (last === undefined || rows.length < PAGE) break;
    after = last.id;
  }
  const selectSeconds = (performance.now() - selectStarted) / 1000;

  const started = performance.now();
  const { sweep } = await recordCourtOrder(env.services, env.operator, {
    kind: 'stay',
    court: 'D. Mass. (benchmark)',
    docket: 'BENCH-1',
    scope: { kind: 'program', programId: program.id },
    activeFrom: new Date(Date.now() - 60_000).toISOString(),
    activeTo: null,
    supersedes: null,
  });
  const sweepSeconds = (performance.now() - started) / 1000;
  await env.services.sealer.flush();
  const perSecond = sweep.evaluated / sweepSeconds;
  return measuredRow({
    bench: 'sweep',
    metric: `sweep after program-wide stay, ${sweep.evaluated} open cases`,
    value: perSecond,
    unit: 'cases/s',
    baseline: selected / selectSeconds,
    baselineLabel: `plain SELECT of the same ${selected} cases + facts`,
    higherIsBetter: true,
    goal: '≥ 20k cases/s',
    pass: perSecond >= 20_000,
    details: { evaluated: sweep.evaluated, held: sweep.held, alerts: sweep.alerts, batches: sweep.batches, sweepSeconds, selectSeconds },
  });
}
