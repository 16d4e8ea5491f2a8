/**
 * Reading the page while the settings are on their way. At start the content script must know
 * whether TollCheck is switched off for the site before it sends any of the page's text, and the
 * settings read is a round trip to the browser that can take longer than walking the text. The
 * walk needs no message, so it runs meanwhile; nothing it read is used, or sent, until the session
 * is on. If the page's text changed while the settings travelled, the walk is thrown away and the
 * page read again, so the read ahead never stands for a page that is no longer there.
 */
import { isOwnUi } from './own-ui';
import { TEXT_CHANGES } from './page-watcher';
import { onAbort } from './session-timers';
import { readSliced } from './sliced-reader';
import type { VisibleText } from './visible-text';

export class ReadAhead {
  private readonly observer: MutationObserver;
  private readonly reading: Promise<VisibleText | null>;
  private changed = false;

  constructor(
    private readonly root: Element,
    private readonly signal: AbortSignal,
  ) {
    this.observer = new MutationObserver((records) => this.note(records));
    this.observer.observe(root, TEXT_CHANGES);
    onAbort(signal, () => this.observer.disconnect());
    this.reading = readSliced(root, signal);
  }

  /**
   * The text read ahead, when `root` is the element read and nothing in it changed since the walk
   * began and the session goes on; null otherwise (read again then). Ends the watch: the caller
   * watches from here on.
   */
  async take(root: Element): Promise<VisibleText | null> {
    const text = await this.reading;
    this.note(this.observer.takeRecords());
    this.observer.disconnect();
    return root === this.root && !this.changed && !this.signal.aborted ? text : null;
  }

  /** Not needed after all (TollCheck is switched off here): stops watching. */
  discard(): void {
    this.observer.disconnect();
  }

  private note(records: MutationRecord[]): void {
    // TollCheck's own tooltip host is not page text.
    if (records.some((r) => !isOwnUi(r.target) && !(r.type === 'childList' && [...r.addedNodes, ...r.removedNodes].every(isOwnUi)))) this.changed = true;
  }
}
