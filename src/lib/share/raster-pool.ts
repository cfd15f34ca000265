/**
 * Rasterises SVG to PNG (resvg) on worker threads, one per core. Drawing a share card's text is
 * the slowest step of the build (about 33 ms of the 41 ms a card takes) and Astro renders pages on
 * one thread, so the drawing goes to the other cores while pages go on rendering.
 */
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';

// A CommonJS script run with `eval`, so it needs no file of its own next to the built chunk.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { Resvg } = require(workerData.resvg);
parentPort.on('message', ({ id, svg, width }) => {
  try {
    const png = new Resvg(svg, { fitTo: { mode: 'width', value: width } }).render().asPng();
    const bytes = new Uint8Array(png);
    parentPort.postMessage({ id, png: bytes }, [bytes.buffer]);
  } catch (error) {
    parentPort.postMessage({ id, error: String(error) });
  }
});
`;

interface Job {
  resolve(png: Uint8Array<ArrayBuffer>): void;
  reject(error: Error): void;
}

interface Slot {
  worker: Worker;
  busy: number;
}

let slots: Slot[] | undefined;
const jobs = new Map<number, Job>();
let nextId = 0;

function start(): Slot[] {
  // Resolve from the project root: the built chunk that runs this lives in a temporary folder.
  const resvg = createRequire(join(process.cwd(), 'package.json')).resolve('@resvg/resvg-js');
  // One per core: while cards are drawn the main thread mostly waits (Astro renders the /del/
  // routes one after another), so it does not need a core of its own.
  const count = Math.max(1, availableParallelism());
  return Array.from({ length: count }, () => {
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { resvg } });
    // Idle workers must not keep the build process alive.
    worker.unref();
    const slot: Slot = { worker, busy: 0 };
    worker.on('message', (message: { id: number; png?: Uint8Array<ArrayBuffer>; error?: string }) => {
      slot.busy -= 1;
      const job = jobs.get(message.id);
      jobs.delete(message.id);
      if (message.png) job?.resolve(message.png);
      else job?.reject(new Error(`Could not draw a share card: ${message.error ?? 'unknown error'}`));
    });
    worker.on('error', (error) => {
      for (const job of jobs.values()) job.reject(error);
      jobs.clear();
      slots = undefined;
    });
    return slot;
  });
}

/**
 * Draws an SVG as a PNG of the given width on the least busy worker.
 * @param svg - the SVG document
 * @param width - output width in pixels (the height follows the SVG's aspect ratio)
 */
export async function rasterise(svg: string, width: number): Promise<Uint8Array<ArrayBuffer>> {
  slots ??= start();
  const slot = slots.reduce((a, b) => (b.busy < a.busy ? b : a));
  const id = nextId++;
  slot.busy += 1;
  slot.worker.ref();
  try {
    return await new Promise<Uint8Array<ArrayBuffer>>((resolve, reject) => {
      jobs.set(id, { resolve, reject });
      slot.worker.postMessage({ id, svg, width });
    });
  } finally {
    if (slot.busy === 0) slot.worker.unref();
  }
}
