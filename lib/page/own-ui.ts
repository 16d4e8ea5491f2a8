/**
 * TollCheck's own elements on the page (the tooltip's host), known by identity, never by a name a
 * page could also use: a page's own `<tollcheck-ui>` is page text like any other. The reader skips
 * them and the watcher ignores changes inside them.
 */

const ownUi = new Set<Element>();

export function markOwnUi(el: Element): void {
  ownUi.add(el);
}

export function unmarkOwnUi(el: Element): void {
  ownUi.delete(el);
}

/** Whether `node` is one of TollCheck's own elements or inside one. */
export function isOwnUi(node: Node): boolean {
  if (ownUi.size === 0) return false;
  for (const el of ownUi) if (el === node || el.contains(node)) return true;
  return false;
}
