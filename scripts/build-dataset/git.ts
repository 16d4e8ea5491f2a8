/** Reading the bundled files as committed at a git ref, for the id-stability check. */
import { execFileSync } from 'node:child_process';

/** The bundled files as committed at `ref`, or null when git cannot tell (no repository, no such ref). */
export function filesAt(root: string, ref: string, names: string[]): Record<string, unknown[]> | null {
  const out: Record<string, unknown[]> = {};
  try {
    for (const name of names) {
      const path = `lib/dataset/bundled/${name}`;
      let text: string;
      try {
        text = execFileSync('git', ['show', `${ref}:${path}`], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] });
      } catch {
        execFileSync('git', ['rev-parse', '--verify', `${ref}^{commit}`], { cwd: root, stdio: 'ignore' });
        text = '[]'; // the ref exists but not this file: a new file
      }
      out[name] = JSON.parse(text);
    }
    return out;
  } catch {
    return null;
  }
}
