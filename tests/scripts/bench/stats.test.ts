import { describe, expect, it } from 'vitest';
import { median } from '../../../scripts/bench/stats.mjs';

describe('median', () => {
  it.each([
    [[5], 5],
    [[3, 1, 2], 2],
    // An even count gives the upper of the two middle values.
    [[4, 1, 3, 2], 3],
    [[45, 62, 50, 51, 52], 51],
  ])('of %j is %d', (list, expected) => {
    const copy = [...list];
    expect(median(list)).toBe(expected);
    // The list the caller passed keeps its order.
    expect(list).toEqual(copy);
  });
});
