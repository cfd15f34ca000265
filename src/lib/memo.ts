/**
 * Caches a one-argument function by the identity of its argument. Build-time data (the site's
 * entries, their arrays) never changes during a build, yet thousands of pages ask the same
 * questions of it; this answers each question once per object and lets the object be collected.
 */

/**
 * Returns `fn`, remembering its result for each argument object.
 * @param fn - a pure function of one object
 */
export function memoByIdentity<A extends object, R>(fn: (arg: A) => R): (arg: A) => R {
  const cache = new WeakMap<A, R>();
  return (arg) => {
    if (cache.has(arg)) return cache.get(arg) as R;
    const result = fn(arg);
    cache.set(arg, result);
    return result;
  };
}
