/**
 * How long one copy of the content script runs, decided only through channels a page cannot reach.
 *
 * WXT's ContentScriptContext announces each copy with a page-visible `window.postMessage` and stops
 * older copies when a `CustomEvent` of a fixed name (the extension id, public for a store install)
 * reaches `document`, so any page could switch TollCheck off. Its announcement and that listener are
 * switched off here (`quietWxtContext`), and a copy stops only when:
 * - a newer copy starts in this frame (the popup's "Scan this page", an update): both run in the
 *   extension's isolated world, whose globals the page cannot see or set, and the newer one finds
 *   the older one there;
 * - the extension itself went away (reloaded, updated, removed): `browser.runtime.id` is gone.
 */
import { browser } from 'wxt/browser';

/** The property of the isolated world's global that holds the running copy. Never visible to the page. */
const SLOT = '__tollcheckLifetime';
const EXTENSION_CHECK_MS = 2000;

export class Lifetime {
  private readonly controller = new AbortController();
  private timer: ReturnType<typeof setInterval> | undefined;

  private constructor() {}

  /** Starts this copy's lifetime, stopping the copy that ran before it in this frame. */
  static claim(): Lifetime {
    const world = globalThis as unknown as Record<string, Lifetime | undefined>;
    world[SLOT]?.stop();
    const me = new Lifetime();
    world[SLOT] = me;
    me.timer = setInterval(() => {
      if (!extensionAlive()) me.stop();
    }, EXTENSION_CHECK_MS);
    return me;
  }

  /** The page session's one signal: it aborts when this copy stops, and everything the session started ends with it. */
  get signal(): AbortSignal {
    return this.controller.signal;
  }

  get stopped(): boolean {
    return this.controller.signal.aborted || !extensionAlive();
  }

  stop(): void {
    if (this.controller.signal.aborted) return;
    clearInterval(this.timer);
    const world = globalThis as unknown as Record<string, Lifetime | undefined>;
    if (world[SLOT] === this) delete world[SLOT];
    this.controller.abort();
  }
}

function extensionAlive(): boolean {
  try {
    return typeof browser.runtime?.id === 'string';
  } catch {
    return false;
  }
}

const WXT_STARTED = 'wxt:content-script-started';

/**
 * Switches off the page-visible half of WXT's content-script context while WXT builds it (the
 * entry module evaluates the content script's module, and so this, first, then constructs the
 * context synchronously): its `postMessage` and `CustomEvent` announcement are dropped and its
 * listener for such an event is never added, so no page can see TollCheck start or dispatch an
 * event that switches it off. The shims are own properties of the isolated world's `window` and
 * `document` wrappers (the page never sees them) and are removed again in the next microtask.
 * The context then only ends with the extension; TollCheck follows its own Lifetime instead.
 */
export function quietWxtContext(): void {
  // WXT reads the entry in Node (with a stand-in DOM) to learn its options: nothing to silence there.
  if (
    typeof window === 'undefined' ||
    typeof document === 'undefined' ||
    typeof window.postMessage !== 'function' ||
    typeof document.dispatchEvent !== 'function' ||
    typeof queueMicrotask !== 'function'
  )
    return;
  const isAnnouncement = (type: unknown) => typeof type === 'string' && type.endsWith(WXT_STARTED);
  const win = window as unknown as Record<string, unknown>;
  const doc = document as unknown as Record<string, unknown>;
  // Window's methods are its own properties (a global object), document's come from its prototype:
  // each is put back exactly as it was.
  const saved = [
    [win, 'postMessage'],
    [doc, 'dispatchEvent'],
    [doc, 'addEventListener'],
  ].map(([target, key]) => [target, key, Object.getOwnPropertyDescriptor(target, key as string)] as const);
  const postMessage = window.postMessage.bind(window);
  const dispatchEvent = document.dispatchEvent.bind(document);
  const addEventListener = document.addEventListener.bind(document);
  // Installed by definition, not assignment: when both TollCheck scripts start in one frame the
  // second finds the first's restored property, which Firefox's wrapper no longer lets it assign.
  const shim = (target: Record<string, unknown>, key: string, value: unknown) => Object.defineProperty(target, key, { value, writable: true, configurable: true });
  shim(win, 'postMessage', (message: unknown, ...rest: unknown[]) => {
    if (typeof message === 'object' && message !== null && isAnnouncement((message as { type?: unknown }).type)) return;
    return (postMessage as (...args: unknown[]) => void)(message, ...rest);
  });
  shim(doc, 'dispatchEvent', (event: Event) => (isAnnouncement(event.type) ? true : dispatchEvent(event)));
  shim(doc, 'addEventListener', (type: string, ...rest: unknown[]) => {
    if (isAnnouncement(type)) return;
    return (addEventListener as (...args: unknown[]) => void)(type, ...rest);
  });
  queueMicrotask(() => {
    for (const [target, key, descriptor] of saved) {
      if (descriptor) Object.defineProperty(target, key as string, descriptor);
      else delete (target as Record<string, unknown>)[key as string];
    }
  });
}
