// @vitest-environment happy-dom
/** Reading the page in slices: the same text as one walk, the page gets the thread back between slices, and a read stops with the session. */
import { afterEach, expect, test, vi } from 'vitest';
import { markOwnUi, unmarkOwnUi } from '../../../lib/page/own-ui';
import { blockOf, isReadable, layoutOptions, readSliced } from '../../../lib/page/sliced-reader';
import { readVisibleText } from '../../../lib/page/visible-text';
import { setPage } from './page-fixture';

afterEach(() => vi.useRealTimers());

const longPage = () => setPage(Array.from({ length: 400 }, (_, i) => `<p>Report ${i}: <b>${i * 3}</b> people were hurt.</p>`).join(''));

/** A clock that moves 3 ms each time it is read, so every slice runs out after a few checks. */
function slowClock() {
  let now = 0;
  vi.spyOn(performance, 'now').mockImplementation(() => (now += 3));
}

test('a long page is read in several slices and gives exactly the text of one walk, with the same nodes', async () => {
  const body = longPage();
  slowClock();
  const yields = vi.spyOn(globalThis, 'setTimeout');
  const read = await readSliced(body, new AbortController().signal);
  expect(yields.mock.calls.length).toBeGreaterThan(5);
  const whole = readVisibleText(body);
  expect(read!.text).toBe(whole.text);
  expect(read!.segments.map((s) => [s.node, s.start, s.end])).toEqual(whole.segments.map((s) => [s.node, s.start, s.end]));
});

test('a read the session ends halfway gives nothing, and leaves no timer behind', async () => {
  const body = longPage();
  slowClock();
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  const session = new AbortController();
  const reading = readSliced(body, session.signal);
  expect(vi.getTimerCount()).toBe(1); // waiting between two slices
  session.abort();
  expect(vi.getTimerCount()).toBe(0);
  expect(await reading).toBeNull();
  expect(await readSliced(body, session.signal)).toBeNull();
});

test("TollCheck's own UI is never read or counted as page text; a look-alike element of the page is", () => {
  setPage('<p>In the article 31 died.</p><div id="ours"><p>Tooltip says 31</p></div><tollcheck-ui><p>Page says 9</p></tollcheck-ui>');
  const ours = document.getElementById('ours')!;
  markOwnUi(ours);
  try {
    const text = readVisibleText(document.body, layoutOptions).text;
    expect(text).toBe('In the article 31 died.\n\nPage says 9');
    expect(isReadable(ours.querySelector('p')!)).toBe(false);
    expect(isReadable(document.querySelector('tollcheck-ui p')!)).toBe(true);
  } finally {
    unmarkOwnUi(ours);
  }
  expect(readVisibleText(document.body, layoutOptions).text).toContain('Tooltip says 31');
});

test('a change belongs to its nearest block; a block added whole is its own unit; skipped regions are not readable', () => {
  setPage('<article><p>Rescuers found <b>eight</b> more.</p><section><span>x</span></section></article><script>var n = 1;</script>');
  const bold = document.querySelector('b')!.firstChild!;
  expect(blockOf(bold)).toBe(document.querySelector('p'));
  expect(blockOf(document.querySelector('section')!)).toBe(document.querySelector('section'));
  expect(blockOf(document.querySelector('span')!)).toBe(document.querySelector('section'));
  expect(isReadable(document.querySelector('p')!)).toBe(true);
  expect(isReadable(document.querySelector('script')!)).toBe(false);
});
