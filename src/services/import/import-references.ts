import type { ImportRow, RowProblem } from '../../core/import/import-row.js';
import { resolveRuleSet } from '../../core/rulesets/resolve-rule-set.js';
import { DEFAULT_RULE_SET_ID } from '../../core/rulesets/profiles.js';
import type { Queryable } from '../../db/schema.js';

/** A row with its references resolved to ids, ready to insert. */
export interface ResolvedRow extends ImportRow {
  readonly agreementId: string | null;
  readonly officerId: string | null;
  readonly counselId: string | null;
  readonly resolvedRuleSetId: string;
}

/**
 * The names an import row may refer to (agreement codes, usernames, rule
 * sets), loaded once per run: they are few, and looking them up per row
 * would be the per-row round trip bulk import must avoid.
 */
export class ImportReferences {
  private readonly ruleSetValidity = new Map<string, string | null>();

  private constructor(
    private readonly agreements: ReadonlyMap<string, string>,
    private readonly officers: ReadonlyMap<string, string>,
    private readonly counsel: ReadonlyMap<string, string>,
  ) {}

  static async load(db: Queryable): Promise<ImportReferences> {
    const agreements = await db.selectFrom('agreements').select(['code', 'id']).execute();
    const users = await db.selectFrom('users').select(['username', 'id', 'roles']).where('active', '=', true).execute();
    const withRole = (role: string) => new Map(users.filter((user) => user.roles.includes(role)).map((user) => [user.username, user.id]));
    return new ImportReferences(new Map(agreements.map((a) => [a.code, a.id])), withRole('program_officer'), withRole('counsel'));
  }

  /** Resolves a row's names, or the problems of the names that do not exist. */
  resolve(row: ImportRow): { ok: true; row: ResolvedRow } | { ok: false; problems: RowProblem[] } {
    const problems: RowProblem[] = [];
    const lookup = (map: ReadonlyMap<string, string>, name: string | null, column: string, what: string, reason: 'unknown_agreement' | 'unknown_user'): string | null => {
      if (name === null) return null;
      const id = map.get(name);
      if (id === undefined) problems.push({ line: row.line, column, reason, message: `no ${what} ${JSON.stringify(name)}` });
      return id ?? null;
    };
    const agreementId = lookup(this.agreements, row.agreementCode, 'agreement_code', 'agreement with code', 'unknown_agreement');
    const officerId = lookup(this.officers, row.officerUsername, 'officer_username', 'active program officer named', 'unknown_user');
    const counselId = lookup(this.counsel, row.counselUsername, 'counsel_username', 'active counsel named', 'unknown_user');
    const ruleSetId = row.ruleSetId ?? DEFAULT_RULE_SET_ID;
    const ruleSetProblem = this.ruleSetProblem(ruleSetId);
    if (ruleSetProblem !== null) problems.push({ line: row.line, column: 'rule_set_id', reason: 'unknown_rule_set', message: ruleSetProblem });
    if (problems.length > 0) return { ok: false, problems };
    return { ok: true, row: { ...row, agreementId, officerId, counselId, resolvedRuleSetId: ruleSetId } };
  }

  private ruleSetProblem(id: string): string | null {
    const known = this.ruleSetValidity.get(id);
    if (known !== undefined) return known;
    let problem: string | null = null;
    try {
      resolveRuleSet(id);
    } catch (error) {
      problem = (error as Error).message;
    }
    this.ruleSetValidity.set(id, problem);
    return problem;
  }
}
