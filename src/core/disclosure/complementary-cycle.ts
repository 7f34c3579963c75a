import type { SuppressionMask } from './attacker-intervals.js';
import type { BorderedGrid, GridPosition } from './table-entry.js';

/**
 * Finds the cheapest set of extra suppressions that puts `target` on a cycle of
 * suppressed grid entries. A cycle (alternating grid rows and grid columns) is
 * what lets a suppressed value move while every line total stays the same; an
 * entry on no cycle is pinned by the published totals.
 *
 * Cost is the sum of the newly suppressed values (information loss: smallest
 * values first), then the number of entries. Zeros are never suppressed.
 *
 * With `minimumSlack`, only entries whose value exceeds the known minimum (1) by
 * at least that much may sit on the cycle, so the target can move by
 * `minimumSlack` along it — this guarantees a width of at least `minimumSlack`.
 *
 * Returns the positions to add (possibly empty when a cycle already exists), or
 * null when no such cycle exists.
 *
 * @example cheapestCycleThrough(grid, mask, { gridRow: 0, gridColumn: 0 }, null)
 */
export function cheapestCycleThrough(
  grid: BorderedGrid,
  suppressed: SuppressionMask,
  target: GridPosition,
  minimumSlack: number | null,
): GridPosition[] | null {
  const rowLineCount = grid.rowCount + 1;
  const nodeCount = rowLineCount + grid.columnCount + 1;
  const cost = Array.from({ length: nodeCount }, () => Infinity);
  const hops = Array.from({ length: nodeCount }, () => Infinity);
  const cameBy = Array.from<GridPosition | null>({ length: nodeCount }).fill(null);
  const done = Array.from({ length: nodeCount }, () => false);
  const source = target.gridRow;
  const destination = rowLineCount + target.gridColumn;
  cost[source] = 0;
  hops[source] = 0;

  const edgeCost = (position: GridPosition): number | null => {
    if (position.gridRow === target.gridRow && position.gridColumn === target.gridColumn) return null;
    const value = grid.values[position.gridRow]?.[position.gridColumn] ?? 0;
    if (value === 0) return null;
    if (minimumSlack !== null && value - 1 < minimumSlack) return null;
    return suppressed[position.gridRow]?.[position.gridColumn] === true ? 0 : value;
  };
  const positionBetween = (node: number, other: number): GridPosition =>
    node < rowLineCount
      ? { gridRow: node, gridColumn: other - rowLineCount }
      : { gridRow: other, gridColumn: node - rowLineCount };

  for (;;) {
    let current = -1;
    for (let node = 0; node < nodeCount; node += 1) {
      if (done[node] === true || cost[node] === Infinity) continue;
      if (current === -1 || isCheaper(cost[node] ?? 0, hops[node] ?? 0, cost[current] ?? 0, hops[current] ?? 0)) {
        current = node;
      }
    }
    if (current === -1) return null;
    if (current === destination) break;
    done[current] = true;
    const neighbours =
      current < rowLineCount
        ? Array.from({ length: grid.columnCount + 1 }, (_, column) => rowLineCount + column)
        : Array.from({ length: rowLineCount }, (_, row) => row);
    for (const neighbour of neighbours) {
      if (done[neighbour] === true) continue;
      const position = positionBetween(current, neighbour);
      const step = edgeCost(position);
      if (step === null) continue;
      const newCost = (cost[current] ?? 0) + step;
      const newHops = (hops[current] ?? 0) + 1;
      if (isCheaper(newCost, newHops, cost[neighbour] ?? Infinity, hops[neighbour] ?? Infinity)) {
        cost[neighbour] = newCost;
        hops[neighbour] = newHops;
        cameBy[neighbour] = position;
      }
    }
  }

  const additions: GridPosition[] = [];
  let node = destination;
  while (node !== source) {
    const position = cameBy[node];
    if (position === null || position === undefined) return null;
    if (suppressed[position.gridRow]?.[position.gridColumn] !== true) additions.push(position);
    node = node < rowLineCount ? rowLineCount + position.gridColumn : position.gridRow;
  }
  return additions;
}

function isCheaper(cost: number, hops: number, otherCost: number, otherHops: number): boolean {
  return cost < otherCost || (cost === otherCost && hops < otherHops);
}
