import { describe, expect, it } from 'vitest';
import { uuidSchema } from '../../core/schemas/primitives.schema.js';
import { timeOrderedIds } from './time-ordered-ids.js';

describe('timeOrderedIds', () => {
  it('makes distinct version-7 UUIDs whose first 48 bits are the given millisecond', () => {
    const ids = timeOrderedIds(1_000, 0x0193_4a5b_6c7d);
    expect(new Set(ids).size).toBe(1_000);
    for (const id of ids) {
      expect(id).toMatch(/^01934a5b-6c7d-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(uuidSchema.safeParse(id).success).toBe(true);
    }
  });

  it('sorts ids of a later millisecond after those of an earlier one', () => {
    const [earlier] = timeOrderedIds(1, 1_700_000_000_000);
    const [later] = timeOrderedIds(1, 1_700_000_000_001);
    expect((earlier ?? '') < (later ?? '')).toBe(true);
  });
});
