// @vitest-environment happy-dom
/** Reading ahead while the settings travel: used only when the page is the one read and did not change meanwhile. */
import { expect, test } from 'vitest';
import { markOwnUi } from '../../../lib/page/own-ui';
import { ReadAhead } from '../../../lib/page/read-ahead';
import { layoutOptions } from '../../../lib/page/sliced-reader';
import { readVisibleText } from '../../../lib/page/visible-text';
import { setPage } from './page-fixture';

const page = () => setPage('<p>Officials said 40 people died in the fire.</p><p>Another 12 were hurt.</p>');

test('an unchanged page gives the text the walk read, the same as reading it now', async () => {
  const body = page();
  const ahead = new ReadAhead(body, new AbortController().signal);
  const read = await ahead.take(body);
  expect(read?.text).toBe(readVisibleText(body, layoutOptions).text);
});

test('text that changed while the settings travelled voids the read, even before the observer reported it', async () => {
  const body = page();
  const ahead = new ReadAhead(body, new AbortController().signal);
  body.querySelector('p')!.textContent = 'Officials said 41 people died in the fire.';
  expect(await ahead.take(body)).toBeNull();
});

test('a paragraph added, or one hidden, voids it too', async () => {
  const added = page();
  const first = new ReadAhead(added, new AbortController().signal);
  added.append(Object.assign(document.createElement('p'), { textContent: 'Nine are missing.' }));
  expect(await first.take(added)).toBeNull();

  const hidden = page();
  const second = new ReadAhead(hidden, new AbortController().signal);
  hidden.querySelector('p')!.setAttribute('hidden', '');
  expect(await second.take(hidden)).toBeNull();
});

test("TollCheck's own UI arriving in the page does not void it", async () => {
  const body = page();
  const ahead = new ReadAhead(body, new AbortController().signal);
  const host = document.createElement('div');
  markOwnUi(host);
  body.append(host);
  expect((await ahead.take(body))?.text).toContain('Another 12 were hurt.');
});

test('another body than the one read (a page that swapped its body) gives nothing', async () => {
  const body = page();
  const ahead = new ReadAhead(body, new AbortController().signal);
  expect(await ahead.take(document.createElement('body'))).toBeNull();
});

test('a session that ended gives nothing', async () => {
  const body = page();
  const session = new AbortController();
  const ahead = new ReadAhead(body, session.signal);
  session.abort();
  expect(await ahead.take(body)).toBeNull();
});
