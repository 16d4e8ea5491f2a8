/**
 * Vite plugin: removes Papa Parse's "worker from a string" (it builds a Blob of its own source
 * and runs it as a Worker). TollCheck never parses CSV in a worker, MV3's CSP would block it
 * anyway, and store reviews reject code assembled from strings, so the bundle must not contain it.
 * The build fails if a Papa Parse upgrade changes the code this looks for, so it cannot slip back.
 */
import type { Plugin } from 'vite';

const WORKER_BLOB = /new Blob\(\[\s*["']var global = [\s\S]*?\{\s*type:\s*["']text\/javascript["']\s*\}\)/;
const REFUSAL = '(()=>{throw new Error("Papa Parse workers are disabled in TollCheck")})()';

export function papaparseWithoutWorkers(): Plugin {
  return {
    name: 'tollcheck:papaparse-without-workers',
    enforce: 'pre',
    transform(code, id) {
      // Only the real file: the CommonJS plugin also passes proxy modules (`…?commonjs-es-import`).
      if (!/[\\/]node_modules[\\/]papaparse[\\/][^?]+\.js$/.test(id)) return null;
      if (!WORKER_BLOB.test(code)) this.error(`papaparse-without-workers: the worker Blob was not found in ${id}; update the pattern.`);
      return { code: code.replace(WORKER_BLOB, REFUSAL), map: null };
    },
  };
}
