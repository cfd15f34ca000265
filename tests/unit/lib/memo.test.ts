import { expect, it } from 'vitest';
import { memoByIdentity } from '../../../src/lib/memo';

it('computes once per argument object and again for another object', () => {
  const calls: object[] = [];
  const size = memoByIdentity((list: number[]) => {
    calls.push(list);
    return list.length;
  });
  const a = [1, 2];
  const b = [1, 2];
  expect([size(a), size(a), size(b), size(a)]).toEqual([2, 2, 2, 2]);
  expect(calls).toEqual([a, b]);
  expect(calls[0]).toBe(a);
  expect(calls[1]).toBe(b);
});

it('remembers results that are undefined', () => {
  let calls = 0;
  const nothing = memoByIdentity((_: object) => {
    calls++;
    return undefined;
  });
  const arg = {};
  nothing(arg);
  nothing(arg);
  expect(calls).toBe(1);
});
