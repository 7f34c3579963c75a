/**
 * Exact minimum and maximum of selected variables over
 *   { x : A x = b, x ≥ 0 }
 * by the two-phase simplex method with Bland's rule (no cycling).
 *
 * Exactness: the disclosure systems built here are incidence matrices of a
 * directed graph (every suppressed entry sits in exactly one row line and one
 * column line of the bordered grid, with signs that orient it), hence totally
 * unimodular. Every basis inverse then has entries in {-1, 0, 1}, every tableau
 * entry stays a small integer, and double arithmetic on integers below 2^53 is
 * exact — no rounding can creep into a bound. `assertIntegral` re-checks this
 * so a future non-TU use fails loudly instead of silently approximating.
 *
 * @example
 *   // x0 + x1 = 7, x1 + x2 = 3  →  x0 ∈ [4, 7], x1 ∈ [0, 3], x2 ∈ [0, 3]
 *   variableRanges([[1, 1, 0], [0, 1, 1]], [7, 3])
 */
export interface VariableRange {
  readonly min: number;
  /** null when the variable is unbounded above. */
  readonly max: number | null;
}

interface Tableau {
  /** rows[r] has one entry per column plus the right-hand side last. */
  rows: number[][];
  basis: number[];
}

export function variableRanges(
  coefficients: readonly (readonly number[])[],
  rightHandSides: readonly number[],
  variablesToBound?: readonly number[],
): VariableRange[] {
  const variableCount = coefficients[0]?.length ?? 0;
  const targets = variablesToBound ?? Array.from({ length: variableCount }, (_, index) => index);
  if (coefficients.length === 0) return targets.map(() => ({ min: 0, max: null }));
  const feasible = feasibleTableau(coefficients, rightHandSides, variableCount);
  return targets.map((variable) => ({
    min: -optimise(copyTableau(feasible), variableCount, variable, -1),
    max: nullIfUnbounded(optimise(copyTableau(feasible), variableCount, variable, 1)),
  }));
}

function nullIfUnbounded(value: number): number | null {
  return Number.isFinite(value) ? value : null;
}

function copyTableau(tableau: Tableau): Tableau {
  return { rows: tableau.rows.map((row) => [...row]), basis: [...tableau.basis] };
}

/** Phase 1: artificial variables, minimise their sum, then drive them out of the basis. */
function feasibleTableau(
  coefficients: readonly (readonly number[])[],
  rightHandSides: readonly number[],
  variableCount: number,
): Tableau {
  const constraintCount = coefficients.length;
  const rows = coefficients.map((row, rowIndex) => {
    const rightHandSide = rightHandSides[rowIndex] ?? 0;
    const sign = rightHandSide < 0 ? -1 : 1;
    const artificials = Array.from({ length: constraintCount }, (_, index) => (index === rowIndex ? 1 : 0));
    return [...row.map((value) => sign * value), ...artificials, sign * rightHandSide];
  });
  const tableau: Tableau = { rows, basis: rows.map((_, index) => variableCount + index) };
  const totalColumns = variableCount + constraintCount;
  const objective = Array.from({ length: totalColumns }, (_, column) => (column >= variableCount ? -1 : 0));
  const best = runSimplex(tableau, objective, totalColumns);
  if (best < 0) throw new Error('disclosure system is infeasible; the published values contradict each other');
  removeArtificials(tableau, variableCount);
  return tableau;
}

function removeArtificials(tableau: Tableau, variableCount: number): void {
  for (let rowIndex = tableau.rows.length - 1; rowIndex >= 0; rowIndex -= 1) {
    if ((tableau.basis[rowIndex] ?? 0) < variableCount) continue;
    const row = tableau.rows[rowIndex] ?? [];
    const column = row.findIndex((value, index) => index < variableCount && value !== 0);
    if (column === -1) {
      // The constraint is a combination of the others (e.g. Σ rows = Σ columns): drop it.
      tableau.rows.splice(rowIndex, 1);
      tableau.basis.splice(rowIndex, 1);
    } else {
      pivot(tableau, null, rowIndex, column);
    }
  }
  const rightHandSideIndex = (tableau.rows[0]?.length ?? 1) - 1;
  const firstArtificial = variableCount;
  tableau.rows = tableau.rows.map((row) => [...row.slice(0, firstArtificial), row[rightHandSideIndex] ?? 0]);
}

/** Maximises direction·x[variable]; returns the optimum, or +Infinity when unbounded. */
function optimise(tableau: Tableau, variableCount: number, variable: number, direction: 1 | -1): number {
  const objective = Array.from({ length: variableCount }, (_, column) => (column === variable ? direction : 0));
  return runSimplex(tableau, objective, variableCount);
}

/**
 * Maximises objective·x from the tableau's basic feasible solution. Returns the
 * optimum or +Infinity. Bland's rule: the lowest-index improving column enters,
 * ties in the ratio test leave by lowest basic index.
 */
function runSimplex(tableau: Tableau, objective: readonly number[], columnCount: number): number {
  const rightHandSideIndex = columnCount;
  // reduced[c] = objective[c] − Σ_r objective[basis[r]] · rows[r][c]; reduced[rhs] holds −value.
  const reduced = [...objective, 0];
  tableau.rows.forEach((row, rowIndex) => {
    const weight = objective[tableau.basis[rowIndex] ?? 0] ?? 0;
    if (weight !== 0) row.forEach((value, column) => { reduced[column] = (reduced[column] ?? 0) - weight * value; });
  });
  for (;;) {
    const entering = reduced.findIndex((value, column) => column < columnCount && value > 0);
    if (entering === -1) return -(reduced[rightHandSideIndex] ?? 0);
    let leavingRow = -1;
    let bestRatio = Infinity;
    tableau.rows.forEach((row, rowIndex) => {
      const coefficient = row[entering] ?? 0;
      if (coefficient <= 0) return;
      const ratio = (row[rightHandSideIndex] ?? 0) / coefficient;
      const isBetter =
        ratio < bestRatio ||
        (ratio === bestRatio && (tableau.basis[rowIndex] ?? 0) < (tableau.basis[leavingRow] ?? 0));
      if (isBetter) {
        bestRatio = ratio;
        leavingRow = rowIndex;
      }
    });
    if (leavingRow === -1) return Infinity;
    pivot(tableau, reduced, leavingRow, entering);
  }
}

function pivot(tableau: Tableau, reduced: number[] | null, pivotRowIndex: number, pivotColumn: number): void {
  const pivotRow = tableau.rows[pivotRowIndex] ?? [];
  const pivotValue = pivotRow[pivotColumn] ?? 0;
  const normalised = pivotRow.map((value) => value / pivotValue);
  assertIntegral(normalised);
  tableau.rows[pivotRowIndex] = normalised;
  const eliminate = (row: number[]): void => {
    const factor = row[pivotColumn] ?? 0;
    if (factor === 0) return;
    for (let column = 0; column < row.length; column += 1) {
      row[column] = (row[column] ?? 0) - factor * (normalised[column] ?? 0);
    }
  };
  tableau.rows.forEach((row, rowIndex) => { if (rowIndex !== pivotRowIndex) eliminate(row); });
  if (reduced !== null) eliminate(reduced);
  tableau.basis[pivotRowIndex] = pivotColumn;
}

function assertIntegral(values: readonly number[]): void {
  if (!values.every((value) => Number.isSafeInteger(value))) {
    throw new Error('simplex left the integers: the constraint matrix is not totally unimodular');
  }
}
