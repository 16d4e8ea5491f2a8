/** The popup's list shows a figure's sparkline inside its button, and nothing for a figure without one. */
import { parseHTML } from 'linkedom';
import { render } from 'preact';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { FigureList } from '../../../../components/popup/FigureList';
import { groupByVerdict } from '../../../../components/popup/popup-state';
import type { ReportedClaim } from '../../../../lib/extension/messaging';
import type { Sparkline } from '../../../../lib/charts/sparkline';
import { checkedClaim } from '../../checked-claim';

let root: Element;
beforeEach(() => {
  const { document, window } = parseHTML('<html><body><div id="root"></div></body></html>');
  vi.stubGlobal('document', document);
  vi.stubGlobal('window', window);
  root = document.getElementById('root')!;
});
afterEach(() => {
  render(null, root);
  vi.unstubAllGlobals();
});

const spark: Sparkline = {
  kind: 'running',
  series: [{ shape: 'line', style: 'independent', points: '3,15 77,5' }],
  claim: { x: 77, y: 5, top: null },
  text: 'The article’s figure, 2k, against the UN’s count of 2k.',
};
const withSpark: ReportedClaim = { ...checkedClaim('2,000', 0, 'corroborated'), key: 'c1:0-5', sparkline: spark };
const without: ReportedClaim = { ...checkedClaim('37', 20, 'no_data'), key: 'c1:20-22' };

it('draws the sparkline in the figure’s button, and a click on the row reveals the figure', () => {
  const onReveal = vi.fn();
  render(<FigureList groups={groupByVerdict([withSpark, without])} onReveal={onReveal} />, root);
  const buttons = [...root.querySelectorAll('button.figure')];
  expect(buttons.map((b) => b.querySelectorAll('svg.sparkline').length)).toEqual([1, 0]);
  const svg = buttons[0].querySelector('svg.sparkline')!;
  expect(svg.getAttribute('aria-label')).toBe(spark.text);
  // Same line as who claims it, and before the verdict words, so the button's name reads in order.
  expect(svg.parentElement!.getAttribute('class')).toBe('figure-foot');
  expect(svg.parentElement!.nextElementSibling!.getAttribute('class')).toBe('sr-only');
  buttons[0].dispatchEvent(new window.Event('click', { bubbles: true }));
  expect(onReveal).toHaveBeenCalledWith(withSpark);
});

it('shows no empty box for a figure without comparable series', () => {
  render(<FigureList groups={groupByVerdict([without])} onReveal={() => {}} />, root);
  expect(root.querySelector('svg')).toBeNull();
  expect(root.querySelector('.figure-who')!.textContent).not.toBe('');
});
