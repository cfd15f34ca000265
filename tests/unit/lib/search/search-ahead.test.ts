import { describe, expect, it, vi } from 'vitest';
import { SearchAhead } from '../../../../src/lib/search/search-ahead';

/** A search whose end the test decides, recording when it started. */
function controlled(started: string[]) {
  const pending = new Map<string, { resolve: (v: string) => void; reject: (e: Error) => void }>();
  return {
    search: (key: string) => () =>
      new Promise<string>((resolve, reject) => {
        started.push(key);
        pending.set(key, { resolve, reject });
      }),
    finish: (key: string) => pending.get(key)!.resolve(`results for ${key}`),
    fail: (key: string) => pending.get(key)!.reject(new Error('offline')),
  };
}

/** Lets every settled promise's callbacks run. */
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('SearchAhead', () => {
  it('gives the result for the key it searched, and nothing for other keys', async () => {
    const started: string[] = [];
    const { search, finish } = controlled(started);
    const ahead = new SearchAhead<string>();
    ahead.ahead('mentor', search('mentor'));
    await flush();
    finish('mentor');
    expect(await ahead.take('mentor')).toBe('results for mentor');
    expect(ahead.take('mento')).toBeUndefined();
  });

  it('runs one search at a time and, of those typed meanwhile, only the newest', async () => {
    const started: string[] = [];
    const { search, finish } = controlled(started);
    const ahead = new SearchAhead<string>();
    // Keystrokes come in separate tasks.
    for (const key of ['men', 'ment', 'mento', 'mentor']) {
      ahead.ahead(key, search(key));
      await flush();
    }
    expect(started).toEqual(['men']);
    finish('men');
    await flush();
    expect(started).toEqual(['men', 'mentor']);
    expect(ahead.take('men')).toBeUndefined();
    finish('mentor');
    expect(await ahead.take('mentor')).toBe('results for mentor');
  });

  it('starts the next search only when the follow-up work on the last one is done', async () => {
    const started: string[] = [];
    const { search, finish } = controlled(started);
    let endFollowUp = () => {};
    const followed: string[] = [];
    const then = (result: string) =>
      new Promise<void>((resolve) => {
        followed.push(result);
        endFollowUp = resolve;
      });
    const ahead = new SearchAhead<string>();
    ahead.ahead('men', search('men'), then);
    await flush();
    ahead.ahead('mentor', search('mentor'), then);
    finish('men');
    await flush();
    expect(followed).toEqual(['results for men']);
    expect(started).toEqual(['men']);
    endFollowUp();
    await flush();
    expect(started).toEqual(['men', 'mentor']);
  });

  it('searches once for a key asked for twice in a row', async () => {
    const started: string[] = [];
    const { search, finish } = controlled(started);
    const ahead = new SearchAhead<string>();
    ahead.ahead('mentor', search('mentor'));
    ahead.ahead('mentor', search('mentor'));
    await flush();
    finish('mentor');
    await ahead.take('mentor');
    expect(started).toEqual(['mentor']);
  });

  it('gives undefined for a failed search and goes on with the next', async () => {
    const started: string[] = [];
    const { search, finish, fail } = controlled(started);
    const ahead = new SearchAhead<string>();
    ahead.ahead('men', search('men'));
    await flush();
    const failed = ahead.take('men');
    fail('men');
    expect(await failed).toBeUndefined();
    ahead.ahead('mentor', search('mentor'));
    await flush();
    finish('mentor');
    expect(await ahead.take('mentor')).toBe('results for mentor');
  });

  it.each([
    // limit, ms the searches take, slow afterwards
    [100, [], false],
    [100, [40], false],
    [100, [140], true],
    [100, [140, 40], false],
    [100, [40, 140], true],
    [Number.POSITIVE_INFINITY, [5000], false],
  ])('with a limit of %d ms, searches taking %j ms leave slow %s', (limit, durations, slow) => {
    const ahead = new SearchAhead<string>(limit);
    for (const ms of durations) ahead.record(ms);
    expect(ahead.slow).toBe(slow);
  });

  it('times the searches it runs ahead', async () => {
    vi.useFakeTimers({ toFake: ['performance'] });
    try {
      const ahead = new SearchAhead<string>(100);
      ahead.ahead('mentor', async () => {
        vi.advanceTimersByTime(150);
        return 'results';
      });
      await ahead.take('mentor');
      expect(ahead.slow).toBe(true);
      ahead.ahead('mentor ips', async () => {
        vi.advanceTimersByTime(20);
        return 'results';
      });
      await ahead.take('mentor ips');
      expect(ahead.slow).toBe(false);
    } finally {
      vi.useRealTimers();
    }
  });
});
