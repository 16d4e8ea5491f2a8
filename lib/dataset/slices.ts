/**
 * Long work on a page's main thread, cut into slices. The work is written once, as a generator that
 * yields a checkpoint every few hundred items; `runNow` drains it in one go (Node, the CLI, tests),
 * `runInSlices` hands the event loop back to the page whenever a slice has used its time budget, so
 * a 50,000-record import never freezes the options page, and reports progress at each pause.
 */

/**
 * The steps of an import: reading the text (units: characters), checking records, comparing them
 * with the active dataset, writing them to the store, reading the new dataset back.
 */
export type ImportStep = 'reading' | 'checking' | 'comparing' | 'installing' | 'loading';

/** How far one step has got: `done` of `total` units. */
export interface Checkpoint {
  step: ImportStep;
  done: number;
  total: number;
}

/** Work that yields a checkpoint now and then and returns a T. */
export type Steps<T> = Generator<Checkpoint, T, void>;

/** Records between two checkpoints: a few ms of validation at most, so a slice ends close to its budget. */
export const CHECKPOINT_EVERY = 250;

/** Runs the work to its end without pausing. */
export function runNow<T>(work: Steps<T>): T {
  for (;;) {
    const next = work.next();
    if (next.done) return next.value;
  }
}

export interface SliceOptions {
  /** Longest stretch of work between two pauses, in ms (the page counts a task over 50 ms as long). */
  budgetMs?: number;
  /** Called at each pause with the latest checkpoint, so the page redraws its progress at most once per slice. */
  onProgress?(checkpoint: Checkpoint): void;
  now?(): number;
  pause?(): Promise<void>;
}

export const SLICE_BUDGET_MS = 25;

/** Runs the work, pausing whenever a slice has run for its budget. */
export async function runInSlices<T>(work: Steps<T>, options: SliceOptions = {}): Promise<T> {
  const { budgetMs = SLICE_BUDGET_MS, onProgress, now = () => performance.now(), pause = yieldToEventLoop } = options;
  let sliceStart = now();
  for (;;) {
    const next = work.next();
    if (next.done) return next.value;
    if (now() - sliceStart < budgetMs) continue;
    onProgress?.(next.value);
    await pause();
    sliceStart = now();
  }
}

interface SchedulerLike {
  yield(): Promise<void>;
}

/**
 * Lets the page handle input and paint before the next slice. `scheduler.yield` (Chromium) keeps
 * the work's priority; elsewhere a message to ourselves, which, unlike setTimeout, background
 * tabs do not throttle to once a second.
 */
export function yieldToEventLoop(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<SchedulerLike> }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resume) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resume();
    };
    channel.port2.postMessage(null);
  });
}
