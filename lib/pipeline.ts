/**
 * The one pipeline shared by the extension's background and the `scan` command:
 * readable text → claims → verdicts. DOM-free: callers turn HTML into text first.
 */
import type { CheckedClaim, PageContext } from './verdict';

export interface PageReport extends PageContext {
  claims: CheckedClaim[];
}
