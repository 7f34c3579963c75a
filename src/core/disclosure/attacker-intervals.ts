import type { BorderedGrid, GridPosition } from './table-entry.js';
import { variableRanges } from './variable-ranges.js';

/**
 * What an attacker can derive about one suppressed entry from everything that
 * is published: every published entry of the bordered grid, the rule that each
 * grid line sums to its total, non-negativity, and — because zeros are always
 * published — that every suppressed entry is at least 1.
 */
export interface EntryInterval extends GridPosition {
  readonly lower: number;
  /** null when nothing published bounds the entry from above. */
  readonly upper: number | null;
}

/** Which grid entries are withheld; same shape as BorderedGrid.values. */
export type SuppressionMask = readonly (readonly boolean[])[];

/** Suppressed entries are non-zero (zeros are always published), and the attacker knows it. */
export const SUPPRESSED_ENTRY_MINIMUM = 1;

/**
 * Exact attacker intervals for suppressed entries (all of them, or `targets`).
 * Suppressed entries interact only through grid lines that contain at least two
 * of them, so each connected group of lines is solved as its own small linear
 * program; published entries are constants in it.
 *
 * @example
 *   // 2 × 2 table [[3, 9], [8, 20]] with the inner block suppressed: 3 ∈ [1, 9]
 *   attackerIntervals(grid, mask, [{ gridRow: 0, gridColumn: 0 }])
 */
export function attackerIntervals(
  grid: BorderedGrid,
  suppressed: SuppressionMask,
  targets?: readonly GridPosition[],
): EntryInterval[] {
  const wanted = targets ?? allSuppressedPositions(suppressed);
  const results = new Map<string, EntryInterval>();
  for (const target of wanted) {
    if (results.has(keyOf(target))) continue;
    if (suppressed[target.gridRow]?.[target.gridColumn] !== true) {
      throw new Error(`grid entry ${keyOf(target)} is not suppressed`);
    }
    const component = connectedSuppressedEntries(grid, suppressed, target);
    const inComponent = wanted.filter((position) => component.some((entry) => samePosition(entry, position)));
    for (const interval of boundComponent(grid, component, inComponent)) results.set(keyOf(interval), interval);
  }
  return wanted.map((position) => {
    const interval = results.get(keyOf(position));
    if (interval === undefined) throw new Error(`no interval computed for ${keyOf(position)}`);
    return interval;
  });
}

function allSuppressedPositions(suppressed: SuppressionMask): GridPosition[] {
  return suppressed.flatMap((row, gridRow) =>
    row.flatMap((isSuppressed, gridColumn) => (isSuppressed ? [{ gridRow, gridColumn }] : [])),
  );
}

function keyOf(position: GridPosition): string {
  return `${String(position.gridRow)},${String(position.gridColumn)}`;
}

function samePosition(left: GridPosition, right: GridPosition): boolean {
  return left.gridRow === right.gridRow && left.gridColumn === right.gridColumn;
}

/** Grid lines are nodes (row lines 0..rowCount, then column lines); suppressed entries are edges. */
function connectedSuppressedEntries(
  grid: BorderedGrid,
  suppressed: SuppressionMask,
  start: GridPosition,
): GridPosition[] {
  const rowLineCount = grid.rowCount + 1;
  const visitedLines = new Set<number>([start.gridRow, rowLineCount + start.gridColumn]);
  const queue = [...visitedLines];
  const entries: GridPosition[] = [];
  const seen = new Set<string>();
  while (queue.length > 0) {
    const line = queue.shift() ?? 0;
    const positions: GridPosition[] =
      line < rowLineCount
        ? Array.from({ length: grid.columnCount + 1 }, (_, gridColumn) => ({ gridRow: line, gridColumn }))
        : Array.from({ length: grid.rowCount + 1 }, (_, gridRow) => ({ gridRow, gridColumn: line - rowLineCount }));
    for (const position of positions) {
      if (suppressed[position.gridRow]?.[position.gridColumn] !== true || seen.has(keyOf(position))) continue;
      seen.add(keyOf(position));
      entries.push(position);
      for (const other of [position.gridRow, rowLineCount + position.gridColumn]) {
        if (!visitedLines.has(other)) {
          visitedLines.add(other);
          queue.push(other);
        }
      }
    }
  }
  return entries;
}

/**
 * One equation per grid line touched by the component:
 *   Σ sign · suppressed = − Σ sign · published,
 * with sign −1 for the line's own total and +1 for its inner entries.
 * Variables are shifted by the known minimum so the program has x ≥ 0.
 */
function boundComponent(
  grid: BorderedGrid,
  component: readonly GridPosition[],
  targets: readonly GridPosition[],
): EntryInterval[] {
  const rowLines = [...new Set(component.map((position) => position.gridRow))];
  const columnLines = [...new Set(component.map((position) => position.gridColumn))];
  const variableIndex = new Map(component.map((position, index) => [keyOf(position), index]));
  const coefficients: number[][] = [];
  const rightHandSides: number[] = [];
  const addLine = (positions: readonly GridPosition[], isTotal: (position: GridPosition) => boolean): void => {
    const row = component.map(() => 0);
    let rightHandSide = 0;
    for (const position of positions) {
      const sign = isTotal(position) ? -1 : 1;
      const value = grid.values[position.gridRow]?.[position.gridColumn] ?? 0;
      const index = variableIndex.get(keyOf(position));
      if (index === undefined) {
        rightHandSide -= sign * value;
      } else {
        row[index] = sign;
        rightHandSide -= sign * SUPPRESSED_ENTRY_MINIMUM;
      }
    }
    coefficients.push(row);
    rightHandSides.push(rightHandSide);
  };
  for (const gridRow of rowLines) {
    const positions = Array.from({ length: grid.columnCount + 1 }, (_, gridColumn) => ({ gridRow, gridColumn }));
    addLine(positions, (position) => position.gridColumn === grid.columnCount);
  }
  for (const gridColumn of columnLines) {
    const positions = Array.from({ length: grid.rowCount + 1 }, (_, gridRow) => ({ gridRow, gridColumn }));
    addLine(positions, (position) => position.gridRow === grid.rowCount);
  }
  const targetIndexes = targets.map((position) => variableIndex.get(keyOf(position)) ?? 0);
  const ranges = variableRanges(coefficients, rightHandSides, targetIndexes);
  return targets.map((position, index) => {
    const range = ranges[index] ?? { min: 0, max: null };
    return {
      gridRow: position.gridRow,
      gridColumn: position.gridColumn,
      lower: range.min + SUPPRESSED_ENTRY_MINIMUM,
      upper: range.max === null ? null : range.max + SUPPRESSED_ENTRY_MINIMUM,
    };
  });
}
