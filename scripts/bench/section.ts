/**
 * A benchmark section: `npm run bench` imports every `scripts/bench/*.section.ts`, in file-name
 * order, and runs its default export. To add timings, drop in a new `<name>.section.ts`.
 */
export interface BenchSection {
  title: string;
  /** Runs the measurement and returns the lines to print. */
  run(): Promise<string[]> | string[];
}

/** Runs `fn` repeatedly for at least `minMs` (after one warm-up run); returns ms per run. */
export function timePerRun(fn: () => unknown, minMs = 1500): number {
  fn();
  let runs = 0;
  const start = performance.now();
  do {
    fn();
    runs++;
  } while (performance.now() - start < minMs);
  return (performance.now() - start) / runs;
}

export const mbPerSecond = (chars: number, ms: number) => chars / 1e6 / (ms / 1000);
