import { expect, test } from 'vitest';
import { visible } from '../../../components/page-text';
import { claim, record, renderText } from './tooltip-fixture';

test('page text is isolated and its control characters shown, never obeyed', () => {
  const root = renderText({
    claim: { ...claim, claimant: 'Report \u202egro.nu\u202c', party: 'people\u0000\u001b', figure: '12\n000', reason: 'Tab\there.' },
    published: null,
    dark: false,
    maxReferences: 1,
  });
  const text = root.textContent!;
  expect(text).not.toMatch(/[\u0000-\u001f\u202a-\u202e\u2066-\u2069]/);
  expect(text).toContain('Claimed by: Report [U+202E]gro.nu[U+202C]');
  expect(text).toContain('“12 000”');
  expect(text).toContain('Tab here.');
  const isolated = [...root.querySelectorAll('bdi')].map((b) => [b.getAttribute('dir'), b.textContent]);
  expect(isolated).toContainEqual(['auto', 'Report [U+202E]gro.nu[U+202C]']);
  expect(isolated).toContainEqual(['auto', '12 000']);
});

test('a plain-http source is shown as text, never as a link', () => {
  const http = { ...record, source: { ...record.source, url: 'http://example.org/report' } };
  const root = renderText({
    claim: { ...claim, references: [http, { ...record, id: 'T-3', source: { ...record.source, url: 'javascript:alert(1)' } }] },
    published: null,
    dark: false,
  });
  expect(root.querySelectorAll('a').length).toBe(0);
  expect(root.textContent).toContain('http://example.org/report');
  const secure = renderText({ claim, published: null, dark: false, maxReferences: 1 });
  expect(secure.querySelector('a')!.getAttribute('href')).toBe('https://news.un.org/example');
});

test('visible() keeps ordinary text as it is', () => {
  expect(visible('Міністерство · وزارة الصحة — “UN”')).toBe('Міністерство · وزارة الصحة — “UN”');
});
