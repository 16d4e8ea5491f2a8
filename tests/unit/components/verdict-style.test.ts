import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { highlightCss, VERDICT_LOOK } from '../../../components/verdict-style';

const rules = (css: string) =>
  css
    .replace(/\/\*[^]*?\*\//g, '')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

test('the manifest stylesheet is exactly the default look generated from the verdict looks', () => {
  const file = fs.readFileSync(path.resolve(import.meta.dirname, '../../../entrypoints/content/highlights.css'), 'utf8');
  expect(rules(file)).toEqual(rules(highlightCss('underline', false)));
});

test('every verdict has its own highlight name and its own line style, so colour is never the only cue', () => {
  const looks = Object.values(VERDICT_LOOK);
  expect(looks.map((l) => l.highlight)).toEqual(['tollcheck-corroborated', 'tollcheck-disputed', 'tollcheck-unverified', 'tollcheck-no-data']);
  expect(new Set(looks.map((l) => l.line)).size).toBe(4);
  for (const look of ['underline', 'background'] as const) {
    for (const l of looks) expect(highlightCss(look, false)).toContain(`::highlight(${l.highlight}) {`);
  }
  expect(highlightCss('background', true)).toContain('background-color');
  expect(highlightCss('underline', true)).not.toMatch(/highlight\(tollcheck-(corroborated|disputed|unverified|no-data)\) \{ background-color/);
});

/** WCAG 1.4.11: lines need 3:1 against what they sit on. */
function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

test('line colours reach 3:1 on white and on near-black (the default palette on both)', () => {
  for (const l of Object.values(VERDICT_LOOK)) {
    expect(contrast(l.light, '#ffffff')).toBeGreaterThanOrEqual(3);
    expect(contrast(l.light, '#121417')).toBeGreaterThanOrEqual(3);
    expect(contrast(l.dark, '#121417')).toBeGreaterThanOrEqual(3);
  }
});
