import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { normalizeZip } from './scripts/release/normalize-zip';
import { bundledDatasetAssets } from './scripts/release/bundled-dataset-asset';
import { papaparseWithoutWorkers } from './scripts/release/papaparse-without-workers';

// `wxt build --mode test` is the build the real-browser tests load: identical to the
// release build except that the content script also runs on the local test server.
export default defineConfig({
  srcDir: '.',
  outDir: '.output',
  // One folder per browser and mode: the release build in .output/<browser>-mv3, the test build
  // (`--mode test`) in .output/<browser>-mv3-test, so nothing that checks a release reads a test build.
  outDirTemplate: '{{browser}}-mv{{manifestVersion}}{{modeSuffix}}',
  // Firefox gets Manifest V3 too, so both stores review the same permission model.
  manifestVersion: 3,
  manifest: {
    name: 'TollCheck',
    description: 'Highlights death tolls and casualty figures in news articles and shows whether independent records back them.',
    permissions: ['storage', 'activeTab', 'scripting'],
    // Asked for at the moment of use only: one site ("Always scan this site"), a dataset URL's
    // origin, or every site (an options switch). Nothing broad is granted at install.
    optional_host_permissions: ['*://*/*'],
    // Keyboard route to the figures on a page (the tooltip opens on each); users can rebind them.
    commands: {
      'next-figure': { suggested_key: { default: 'Alt+Shift+Y' }, description: 'Go to the next casualty figure on the page' },
      'previous-figure': { suggested_key: { default: 'Alt+Shift+U' }, description: 'Go to the previous casualty figure on the page' },
    },
  },
  vite: (env) => {
    // WXT sets NODE_ENV to the mode, so a `--mode test` build would be a development build (Preact's
    // dev JSX with source locations, its devtools hook): not what the tests claim to test. The test
    // build is a production build that also runs on the test server.
    if (env.command === 'build' && env.mode === 'test') process.env.NODE_ENV = 'production';
    return { plugins: [preact(), papaparseWithoutWorkers()] };
  },
  // Sources zip for Firefox review: the project without local test artefacts.
  zip: { excludeSources: ['test-output/**', 'docs/screenshots/**'] },
  hooks: {
    // Firefox only (Chrome warns on unknown keys): a stable add-on id, and the declaration AMO
    // requires that the extension collects no data.
    'build:manifestGenerated': (wxt, manifest) => {
      // Test build only: headless Chromium cannot answer a permission prompt, so the host the
      // options tests download datasets from (localhost, never 127.0.0.1 pages) is granted at install.
      if (wxt.config.mode === 'test') manifest.host_permissions = [...(manifest.host_permissions ?? []), 'http://localhost/*'];
      if (wxt.config.browser !== 'firefox') return;
      (manifest as Record<string, unknown>).browser_specific_settings = {
        gecko: { id: 'tollcheck@tollcheck', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
        // Firefox for Android understands data_collection_permissions from 142 on.
        gecko_android: { strict_min_version: '142.0' },
      };
    },
    // The bundled dataset ships as data files (a catalogue, one file per conflict) that the worker
    // reads when a page needs them, not as script.
    'build:publicAssets': (_wxt, files) => void files.push(...bundledDatasetAssets()),
    // Byte-identical release zips from identical sources (see scripts/release/normalize-zip.ts).
    'zip:extension:done': (_wxt, zipPath) => normalizeZip(zipPath),
    'zip:sources:done': (_wxt, zipPath) => normalizeZip(zipPath),
  },
});
