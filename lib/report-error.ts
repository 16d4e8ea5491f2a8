/**
 * Errors TollCheck recovers from still reach the console of the context they happen in (worker,
 * page, options, popup), tagged, instead of vanishing in an empty `catch`. Failures that are part
 * of normal life (a tab with no TollCheck in it not answering) are not reported.
 */

/** Logs `error` as a warning tagged with what TollCheck was doing. */
export function reportError(doing: string, error: unknown): void {
  console.warn(`TollCheck: ${doing} failed:`, error);
}

/** For promise chains: `.catch(reported('storing the tab report'))`; the chain goes on with undefined. */
export function reported(doing: string): (error: unknown) => undefined {
  return (error) => {
    reportError(doing, error);
    return undefined;
  };
}

/** Messages to a tab or context that has no TollCheck listening fail with these: nothing to report. */
const NOBODY_LISTENING = /Could not establish connection|Receiving end does not exist|No response|message port closed|context invalidated/i;

/** Like `reported`, but quiet when the other side simply is not there; `fallback` is returned either way. */
export function unlessAbsent<T>(doing: string, fallback: T): (error: unknown) => T {
  return (error) => {
    if (!NOBODY_LISTENING.test(String((error as Error)?.message ?? error))) reportError(doing, error);
    return fallback;
  };
}
