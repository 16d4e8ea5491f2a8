/**
 * What the stores review and users are asked to trust, checked on the real release manifests:
 * Manifest V3, a CSP at least as strict as the default, no broad host access at install, and
 * every permission both used by the code and explained in the README.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildRelease, extensionSources, readmeSection, type ReleaseBuild } from './built-release';

/** How the source shows it uses each permission. A permission missing here fails the test: add it deliberately. */
const USES: Record<string, RegExp> = {
  storage: /wxt\/utils\/storage|\bstorage\.(local|sync|session)\b/,
  // activeTab's only use is running the content script on the tab whose toolbar button was clicked.
  activeTab: /scripting\.executeScript/,
  scripting: /scripting\.(executeScript|registerContentScripts)/,
  unlimitedStorage: /indexedDB|from 'idb'/,
  alarms: /\balarms\.create/,
  contextMenus: /\bcontextMenus\.create/,
  tabs: /\btabs\.(query|get|onUpdated)\b/,
};
const BROAD_HOSTS = /^(<all_urls>|\*:\/\/\*\/\*|https?:\/\/\*\/\*|\*:\/\/\*\.\*\/\*|file:\/\/\/\*)$/;

let builds: ReleaseBuild[];
beforeAll(async () => void (builds = await buildRelease()), 300_000);

const each = (name: string, fn: (b: ReleaseBuild) => void) => test.each(['chrome', 'firefox'] as const)(`%s: ${name}`, (target) => fn(builds.find((b) => b.target === target)!));

describe('release manifests', () => {
  each('is Manifest V3 with a name and description that say what it does', ({ manifest }) => {
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.name).toBe('TollCheck');
    expect(manifest.description).toMatch(/casualty figures|death tolls/i);
  });

  each('keeps the default CSP or a stricter one, never unsafe-eval or remote scripts', ({ manifest }) => {
    const csp = manifest.content_security_policy;
    if (csp === undefined) return; // MV3 default: script-src 'self'; object-src 'self'
    for (const policy of Object.values(csp) as string[]) {
      expect(policy).not.toMatch(/unsafe-eval|unsafe-inline|wasm-unsafe-eval/);
      const scriptSrc = /script-src([^;]*)/.exec(policy)?.[1] ?? '';
      expect(
        scriptSrc
          .trim()
          .split(/\s+/)
          .every((s) => s === "'self'" || s === "'none'"),
      ).toBe(true);
    }
  });

  each('asks for no broad host access at install', ({ manifest }) => {
    const installTime = [...(manifest.host_permissions ?? []), ...(manifest.content_scripts ?? []).flatMap((c: { matches: string[] }) => c.matches)];
    expect(installTime.filter((h: string) => BROAD_HOSTS.test(h))).toEqual([]);
    expect(manifest.permissions ?? []).not.toContain('<all_urls>');
  });

  each('begins the settings read at document_start exactly where the content script runs, and reads nothing else there', ({ manifest, files, dir }) => {
    const scripts = (manifest.content_scripts ?? []) as { js: string[]; matches: string[]; run_at?: string; css?: string[] }[];
    const main = scripts.find((c) => c.js.includes('content-scripts/content.js'));
    const early = scripts.find((c) => c.js.includes('content-scripts/settings-early.js'));
    expect(main?.run_at).toBe('document_idle');
    expect(early?.run_at).toBe('document_start');
    expect(early?.matches).toEqual(main?.matches);
    expect(early?.css ?? []).toEqual([]);
    // The early script is small (the settings read and the wake-up message) and never walks the page’s text.
    expect(files).toContain('content-scripts/settings-early.js');
    const code = fs.readFileSync(path.join(dir, 'content-scripts/settings-early.js'), 'utf8');
    expect(code.length).toBeLessThan(12_000);
    expect(code).not.toMatch(/createTreeWalker|textContent|innerText/);
  });

  each('uses every permission it declares', ({ manifest }) => {
    const source = extensionSources().join('\n');
    for (const permission of manifest.permissions ?? []) {
      expect(USES[permission], `no usage rule for "${permission}" in manifest.test.ts`).toBeDefined();
      expect(USES[permission].test(source), `"${permission}" is declared but the code never uses it`).toBe(true);
    }
  });

  each('explains every permission in the README', ({ manifest }) => {
    const section = readmeSection('Permissions');
    const asked = [...(manifest.permissions ?? []), ...(manifest.optional_host_permissions ?? []), ...(manifest.host_permissions ?? [])];
    for (const permission of asked) expect(section, `README ## Permissions does not mention \`${permission}\``).toContain(`\`${permission}\``);
  });

  test('firefox: declares a stable add-on id and that no data is collected', () => {
    const gecko = builds.find((b) => b.target === 'firefox')!.manifest.browser_specific_settings?.gecko;
    expect(gecko?.id).toMatch(/^[\w.-]+@[\w.-]+$/);
    expect(gecko?.data_collection_permissions).toEqual({ required: ['none'] });
  });

  test('chrome: carries no Firefox-only keys', () => {
    expect(builds.find((b) => b.target === 'chrome')!.manifest.browser_specific_settings).toBeUndefined();
  });

  each('ships the icon at every size the manifest names', ({ manifest, files }) => {
    expect(Object.keys(manifest.icons ?? {}).map(Number)).toEqual(expect.arrayContaining([16, 32, 48, 96, 128]));
    for (const file of Object.values(manifest.icons) as string[]) expect(files).toContain(file);
  });
});
