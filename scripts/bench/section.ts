/**
 * A benchmark section: `npm run bench` imports every `scripts/bench/*.section.ts`, in file-name
 * order, and runs its default export. To add timings, drop in a new `<name>.section.ts`.
 */
export interface BenchSection {
  title: string;
  /** Runs the measurement and returns the lines to print. */
  run(): Promise<string[]> | string[];
}

export interface Timing {
  /** Best wall-clock time of one run, ms. */
  wallMs: number;
  /** Best CPU time (user + system) of one run, ms: steadier than wall time on a shared machine. */
  cpuMs: number;
}

/** Times `fn` over `runs` runs after one warm-up, keeping the best of each measure. */
export function time(fn: () => unknown, runs = 5, warmUp = true): Timing {
  if (warmUp) fn();
  let wallMs = Infinity;
  let cpuMs = Infinity;
  for (let i = 0; i < runs; i++) {
    const cpu = process.cpuUsage();
    const start = performance.now();
    fn();
    wallMs = Math.min(wallMs, performance.now() - start);
    const used = process.cpuUsage(cpu);
    cpuMs = Math.min(cpuMs, (used.user + used.system) / 1000);
  }
  return { wallMs, cpuMs };
}

export const mbPerSecond = (chars: number, ms: number) => chars / 1e6 / (ms / 1000);
