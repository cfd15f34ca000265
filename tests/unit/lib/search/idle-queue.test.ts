import { describe, expect, it } from 'vitest';
import { idleQueue } from '../../../../src/lib/search/idle-queue';

/** A queue whose idle moments the test runs by hand. */
function setUp(batch: number) {
  const sent: number[] = [];
  const idle: (() => void)[] = [];
  const push = idleQueue<number>((n) => sent.push(n), (work) => idle.push(work), batch);
  const runIdle = () => idle.splice(0).forEach((work) => work());
  return { sent, idle, push, runIdle };
}

describe('idleQueue', () => {
  it.each([
    // items queued, batch size, what is sent after each idle moment
    [0, 3, []],
    [2, 3, [[0, 1]]],
    [3, 3, [[0, 1, 2]]],
    [7, 3, [[0, 1, 2], [0, 1, 2, 3, 4, 5], [0, 1, 2, 3, 4, 5, 6]]],
  ])('%i items in batches of %i are sent in order, one batch per idle moment', (count, batch, afterEach) => {
    const { sent, push, runIdle } = setUp(batch);
    for (let n = 0; n < count; n++) push(n);
    expect(sent).toEqual([]);
    for (const expected of afterEach) {
      runIdle();
      expect(sent).toEqual(expected);
    }
    runIdle();
    expect(sent).toHaveLength(count);
  });

  it('asks for one idle moment at a time, and none when there is nothing to send', () => {
    const { idle, push, runIdle } = setUp(2);
    push(1);
    push(2);
    push(3);
    expect(idle).toHaveLength(1);
    runIdle();
    expect(idle).toHaveLength(1);
    runIdle();
    expect(idle).toHaveLength(0);
  });

  it('sends items queued after it has emptied at the next idle moment', () => {
    const { sent, push, runIdle } = setUp(5);
    push(1);
    runIdle();
    push(2);
    expect(sent).toEqual([1]);
    runIdle();
    expect(sent).toEqual([1, 2]);
  });
});
