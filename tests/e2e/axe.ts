/** Runs axe-core inside a page of the extension and returns its serious and critical findings. */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { DriverPage, Evaluates } from './driver';

const AXE_SOURCE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeFinding {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

export async function seriousViolations(page: Page | DriverPage): Promise<AxeFinding[]> {
  // Evaluated by the automation (DevTools, BiDi) rather than as a <script>, which the extension pages' CSP forbids.
  await ('runScript' in page ? page.runScript(AXE_SOURCE) : page.evaluate(AXE_SOURCE));
  const inPage: Evaluates = page;
  const violations = await inPage.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run(ctx: Document, opts: object): Promise<{ violations: Array<{ id: string; impact: string; help: string; nodes: Array<{ target: string[] }> }> }> };
      }
    ).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
  }, undefined);
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
