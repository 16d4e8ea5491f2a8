/**
 * Timers that end with the page session. Each is bound to the session's AbortSignal, so nothing a
 * copy of the content script scheduled runs after that copy stopped (an extension update, or a
 * newer copy taking over the frame).
 */

/** Runs `run` when the session's signal aborts (once: a signal aborts only once). Every teardown of the session goes through this. */
export function onAbort(signal: AbortSignal, run: () => void): void {
  signal.addEventListener('abort', run);
}

/**
 * One pending run at a time: a timeout or an animation frame. Scheduling again replaces the run
 * still pending; once the signal aborts, the pending run is cancelled and nothing is scheduled.
 */
export class Later {
  private cancel: (() => void) | null = null;

  constructor(private readonly signal: AbortSignal) {
    onAbort(signal, () => this.clear());
  }

  get pending(): boolean {
    return this.cancel !== null;
  }

  /** Runs `run` after `ms` milliseconds. */
  after(ms: number, run: () => void): void {
    this.schedule(run, (go) => {
      const id = setTimeout(go, ms);
      return () => clearTimeout(id);
    });
  }

  /** Runs `run` before the browser's next paint. */
  frame(run: () => void): void {
    this.schedule(run, (go) => {
      const id = requestAnimationFrame(go);
      return () => cancelAnimationFrame(id);
    });
  }

  clear(): void {
    this.cancel?.();
    this.cancel = null;
  }

  private schedule(run: () => void, start: (go: () => void) => () => void): void {
    this.clear();
    if (this.signal.aborted) return;
    const cancel = start(() => {
      if (this.cancel === cancel) this.cancel = null;
      run();
    });
    this.cancel = cancel;
  }
}

/**
 * Resolves with true after `ms`, or with false as soon as the signal aborts (its timer cleared).
 * For loops that hand the main thread back to the page between slices of work.
 */
export function pause(signal: AbortSignal, ms = 0): Promise<boolean> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve(false);
    const stop = () => {
      clearTimeout(id);
      resolve(false);
    };
    const id = setTimeout(() => {
      signal.removeEventListener('abort', stop);
      resolve(true);
    }, ms);
    onAbort(signal, stop);
  });
}
