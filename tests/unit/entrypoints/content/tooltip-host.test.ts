// @vitest-environment happy-dom
/** The tooltip's host: never throws into the scan, counts only a real pointer, and goes with the session. */
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { TooltipHost } from '../../../../entrypoints/content/tooltip-host';
import type { Figure } from '../../../../lib/page/figure-set';
import { isOwnUi } from '../../../../lib/page/own-ui';
import { figureOf, setPage } from '../../page/page-fixture';
import { claim } from '../../components/tooltip-fixture';

let session: AbortController;
beforeEach(() => {
  session = new AbortController();
});
afterEach(() => {
  session.abort();
  vi.unstubAllGlobals();
});

const opts = { published: null, dark: false, byKeyboard: false, line: 0 };

/** A figure on the page, laid out on one line box (the test DOM has no layout). */
function shownFigure(): Figure {
  setPage('<p>The mission counted at least 14,534 dead.</p>');
  const figure = figureOf('at least 14,534');
  figure.claim = { ...claim, start: figure.claim.start, end: figure.claim.end };
  figure.range.getClientRects = () => [{ left: 40, top: 20, right: 140, bottom: 38, width: 100, height: 18 }] as unknown as DOMRectList;
  return figure;
}

function enter(el: Element, type: 'pointerenter' | 'pointerleave', trusted = true) {
  const e = new PointerEvent(type);
  if (trusted) Object.defineProperty(e, 'isTrusted', { value: true });
  el.dispatchEvent(e);
}

test('a page where the host cannot be made: open() does nothing, says why once, and later calls stay quiet', () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  const figure = { key: 'c1:0-2', chunkId: 'c1', claim: { figure: '12' }, range: {}, nodes: [] } as unknown as Figure;
  vi.stubGlobal('document', {
    body: {},
    documentElement: {},
    createElement: () => {
      throw new Error('attachShadow blocked');
    },
  });
  const host = new TooltipHost(session.signal, () => {});
  expect(() => host.open(figure, opts)).not.toThrow();
  expect(host.openKey).toBeNull();
  expect(host.openFrame).toBeNull();
  expect(() => host.open(figure, opts)).not.toThrow();
  expect(warn).toHaveBeenCalledTimes(1);
  expect(() => {
    host.place();
    host.close();
    host.destroy();
  }).not.toThrow();
  expect(host.owns(null)).toBe(false);
});

test('opening mounts one host, known as TollCheck’s own UI; only a real pointer over it counts as hovering', () => {
  const figure = shownFigure();
  const onHover = vi.fn();
  const host = new TooltipHost(session.signal, onHover);
  host.open(figure, opts);
  const el = host.hostElement!;
  expect(el.parentNode).toBe(document.body);
  expect(isOwnUi(el)).toBe(true);
  expect(host.openKey).toBe(figure.key);
  expect(host.openFrame?.getAttribute('aria-label')).toBe('TollCheck: at least 14,534');
  const frame = host.openFrame!;
  enter(frame, 'pointerenter', false);
  expect(onHover).not.toHaveBeenCalled();
  enter(frame, 'pointerenter');
  expect(onHover.mock.calls).toEqual([[true]]);
  expect(host.isHovered).toBe(true);
  enter(frame, 'pointerleave');
  expect(onHover.mock.calls).toEqual([[true], [false]]);
  // A page that removes the host gets it back at the next opening.
  el.remove();
  host.open(figure, opts);
  expect(host.hostElement).toBe(el);
  expect(el.parentNode).toBe(document.body);
});

test('when the session ends the host leaves the page, its listeners with it, and it is never built again', () => {
  const figure = shownFigure();
  const onHover = vi.fn();
  const host = new TooltipHost(session.signal, onHover);
  host.open(figure, opts);
  const el = host.hostElement!;
  const frame = host.openFrame!;
  session.abort();
  expect(el.isConnected).toBe(false);
  expect(isOwnUi(el)).toBe(false);
  expect(host.openKey).toBeNull();
  enter(frame, 'pointerenter');
  expect(onHover).not.toHaveBeenCalled();
  host.open(figure, opts);
  expect(host.openKey).toBeNull();
  expect(document.body.contains(el)).toBe(false);
  expect(document.body.children).toHaveLength(1); // the paragraph only
});
