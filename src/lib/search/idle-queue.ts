/** Runs `work` at the page's next idle moment (requestIdleCallback, or a timer where it is missing). */
export type ScheduleIdle = (work: () => void) => void;

/**
 * A queue that holds items back and hands them to `send` a few at a time, each batch at an idle
 * moment, oldest first.
 * @param send - what to do with one item
 * @param scheduleIdle - runs a batch when the page is idle
 * @param batch - most items handed over per idle moment
 * @returns a function that queues one item
 */
export function idleQueue<T>(send: (item: T) => void, scheduleIdle: ScheduleIdle, batch = 50): (item: T) => void {
  const queue: T[] = [];
  let scheduled = false;
  const flush = (): void => {
    scheduled = false;
    for (const item of queue.splice(0, batch)) send(item);
    schedule();
  };
  const schedule = (): void => {
    if (scheduled || queue.length === 0) return;
    scheduled = true;
    scheduleIdle(flush);
  };
  return (item) => {
    queue.push(item);
    schedule();
  };
}
