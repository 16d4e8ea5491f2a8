import { describe, expect, test } from 'vitest';
import { parseHTML } from 'linkedom';
import { isReadable, locate, readVisibleText, TextReader } from '../../../lib/page/visible-text';

const doc = (body: string) => parseHTML(`<!doctype html><html><head><title>T</title><style>p{}</style></head><body>${body}</body></html>`).document;

/** The text between two offsets as the DOM holds it, read through the located nodes. */
function spanText(body: string, needle: string) {
  const d = doc(body);
  const read = readVisibleText(d);
  const at = read.text.indexOf(needle);
  const pos = locate(read.segments, at, at + needle.length)!;
  let out = '';
  for (const s of read.segments) {
    if (s.start > pos.end.segment.start) break;
    if (s.end <= pos.start.segment.start) continue;
    const from = s === pos.start.segment ? pos.start.offset : 0;
    const to = s === pos.end.segment ? pos.end.offset : s.node.data.length;
    out += s.node.data.slice(from, to);
  }
  return { read, pos, out };
}

describe('readVisibleText', () => {
  test('inline elements add nothing, so a split figure reads whole', () => {
    expect(readVisibleText(doc('<p>Officials said <b>1,500</b> bodies were <a href="#">recovered</a>.</p>')).text).toBe('Officials said 1,500 bodies were recovered.');
    expect(readVisibleText(doc('<p>At least <span>3</span><span>0</span> killed</p>')).text).toBe('At least 30 killed');
  });

  test('blocks are separated so sentences never run together', () => {
    const { text } = readVisibleText(
      doc(
        '<h1>Toll rises</h1><p>First para</p><ul><li>One</li><li>Two</li></ul><figure><img alt=""><figcaption>Caption</figcaption></figure>Line<br>next<table><tr><td>a</td><td>b</td></tr></table>',
      ),
    );
    expect(text).toBe('Toll rises\n\nFirst para\n\nOne\n\nTwo\n\nCaption\n\nLine\nnext\n\na\nb');
  });

  test('formatting whitespace between blocks is dropped but spaces between inline words kept', () => {
    const { text } = readVisibleText(doc('\n  <div>\n    <p>Twelve <em>people</em> <strong>died</strong></p>\n  </div>\n'));
    expect(text).toBe('Twelve people died');
  });

  test('skips scripts, styles, form fields, svg, hidden and aria-hidden content', () => {
    const body = `<p>Seen</p><script>var killed = 5;</script><noscript>5 dead</noscript><template><p>7 dead</p></template>
      <svg><text>9 killed</text></svg><input value="10 killed"><textarea>11 killed</textarea><select><option>12</option></select>
      <p hidden>13 killed</p><p aria-hidden="true">14 killed</p><p>End</p>`;
    expect(readVisibleText(doc(body)).text).toBe('Seen\n\nEnd');
  });

  test("a page's own <tollcheck-ui> elements are page text: no element name hides text from the scan", () => {
    expect(readVisibleText(doc('<p>Seen</p><tollcheck-ui><p>15 killed</p></tollcheck-ui>')).text).toBe('Seen\n\n15 killed');
  });

  test('skips contenteditable regions (but not contenteditable="false") and designMode documents', () => {
    const d = doc('<p>Kept</p><div contenteditable="true"><p>200 killed</p></div><div contenteditable>300 killed</div><div contenteditable="false">Also kept</div>');
    expect(readVisibleText(d).text).toBe('Kept\n\nAlso kept');
    const editor = d.querySelector('[contenteditable="true"] p')!;
    expect(isReadable(editor)).toBe(false);
    expect(isReadable(d.querySelector('p')!)).toBe(true);
    d.designMode = 'on';
    expect(readVisibleText(d).text).toBe('');
  });

  test('the isHidden callback hides whole subtrees', () => {
    const d = doc('<p>Shown</p><div class="collapsed"><p>40 killed</p></div>');
    expect(readVisibleText(d, { isHidden: (el) => el.classList.contains('collapsed') }).text).toBe('Shown');
  });

  test('reads one block on its own', () => {
    const d = doc('<p>Before</p><article><p>In <i>article</i></p></article>');
    expect(readVisibleText(d.querySelector('article')!).text).toBe('In article');
  });

  test('keeps each node its exact length, so offsets map back by subtraction', () => {
    const d = doc('<p>A\u00a0line\twith odd\nspaces</p><p>and <b>more</b></p>');
    const { text, segments } = readVisibleText(d);
    expect(text).toBe('A line with odd spaces\n\nand more');
    for (const s of segments) expect(text.slice(s.start, s.end).length).toBe(s.node.data.length);
    expect(text.slice(segments[2].start, segments[2].end)).toBe('more');
  });
});

describe('locate', () => {
  test('maps a figure inside one node', () => {
    const { out, pos } = spanText('<p>Rescuers found 27 bodies today.</p>', '27 bodies');
    expect(out).toBe('27 bodies');
    expect(pos.start.segment).toBe(pos.end.segment);
  });

  test('maps a figure split across inline elements onto several nodes', () => {
    const { out, pos } = spanText('<p>Officials said <b>1,500</b> <i>bodies</i> lay there.</p>', '1,500 bodies');
    expect(out).toBe('1,500 bodies');
    expect(pos.start.segment.node.data).toBe('1,500');
    expect(pos.end.segment.node.data).toBe('bodies');
  });

  test('a span starting or ending on an inserted block boundary snaps to the neighbouring text', () => {
    const d = doc('<p>One</p><p>Two</p>');
    const { text, segments } = readVisibleText(d);
    const pos = locate(segments, text.indexOf('\n'), text.length)!;
    expect(pos.start.segment.node.data).toBe('Two');
    expect(pos.start.offset).toBe(0);
    const back = locate(segments, 0, text.indexOf('T'))!;
    expect(back.end.segment.node.data).toBe('One');
    expect(back.end.offset).toBe(3);
  });

  test('empty or out-of-text spans give null', () => {
    const { segments } = readVisibleText(doc('<p>One</p>'));
    expect(locate(segments, 2, 2)).toBeNull();
    expect(locate(segments, 10, 20)).toBeNull();
    expect(locate([], 0, 1)).toBeNull();
  });
});

describe('TextReader', () => {
  test('reading in slices gives exactly the text of reading at once', () => {
    const paras = Array.from({ length: 300 }, (_, i) => `<p>Paragraph ${i} says <b>${i * 7}</b> people were <em>hurt</em>.</p><ul><li>item ${i}</li></ul>`).join('\n');
    const d = doc(`<article>${paras}</article>`);
    const whole = readVisibleText(d);
    const reader = new TextReader(d);
    let slices = 0;
    while (!reader.run(() => true)) slices++;
    expect(slices).toBeGreaterThan(10);
    expect(reader.result().text).toBe(whole.text);
    expect(reader.result().segments.map((s) => s.start)).toEqual(whole.segments.map((s) => s.start));
  });
});
