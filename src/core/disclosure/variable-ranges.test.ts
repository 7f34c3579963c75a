import { describe, expect, it } from 'vitest';
import { variableRanges } from './variable-ranges.js';

describe('variableRanges', () => {
  it('bounds a two-equation chain exactly', () => {
    expect(variableRanges([[1, 1, 0], [0, 1, 1]], [7, 3])).toEqual([
      { min: 4, max: 7 },
      { min: 0, max: 3 },
      { min: 0, max: 3 },
    ]);
  });

  it('pins a variable that is alone in an equation', () => {
    expect(variableRanges([[1, 0], [1, 1]], [4, 9])).toEqual([
      { min: 4, max: 4 },
      { min: 5, max: 5 },
    ]);
  });

  it('reports an unbounded maximum as null', () => {
    expect(variableRanges([[1, -1]], [2])).toEqual([
      { min: 2, max: null },
      { min: 0, max: null },
    ]);
  });

  it('tolerates redundant equations (row sums equal column sums)', () => {
    // 2 × 2 block, row sums 5 and 6, column sums 4 and 7.
    const coefficients = [
      [1, 1, 0, 0],
      [0, 0, 1, 1],
      [1, 0, 1, 0],
      [0, 1, 0, 1],
    ];
    expect(variableRanges(coefficients, [5, 6, 4, 7], [0])).toEqual([{ min: 0, max: 4 }]);
  });

  it('refuses an infeasible system', () => {
    expect(() => variableRanges([[1, 1]], [-1])).toThrow('infeasible');
  });
});
