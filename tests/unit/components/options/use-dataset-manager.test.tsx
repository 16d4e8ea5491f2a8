/**
 * The options page's import workflow without a browser: a fake store records what reaches it, so
 * these tests prove nothing is installed unless validation passed and the user applied it, and
 * cover the failures a real browser test cannot provoke (permission refused, store or background
 * failing).
 */
import { parseHTML } from 'linkedom';
import { render, type ComponentChild } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { useDatasetManager, type Dependencies } from '../../../../components/options/use-dataset-manager';
import type { ActiveState, DatasetStorePort } from '../../../../lib/dataset/options/store-port';
import type { Dataset } from '../../../../lib/dataset/schema';
import { makeRecord } from '../../dataset/make-records';

const dataset = (version: string, ids: number[]): Dataset => ({
  format: 1,
  name: `Test ${version}`,
  version,
  published: '2026-01-01',
  licence: 'CC0',
  description: 'Unit test data.',
  sources: [],
  records: ids.map((i) => makeRecord(i)),
});

function fakeStore(initial: Dataset) {
  let active = initial;
  const store = {
    installed: [] as Dataset[],
    failInstall: false,
    load: async (): Promise<ActiveState> => ({
      dataset: active,
      isBundled: false,
      previous: null,
      summary: {
        name: active.name,
        version: active.version,
        published: active.published,
        licence: active.licence,
        records: active.records.length,
        origin: 'test',
        installedAt: null,
      },
    }),
    install: async (d: Dataset, _source: unknown, onProgress?: (written: number, total: number) => void) => {
      if (store.failInstall) throw new Error('The dataset could not be saved (disk full). Nothing changed: the previous dataset is still active.');
      // As a real store does after each write transaction (here two, a task apart).
      onProgress?.(Math.min(1000, d.records.length), d.records.length);
      await new Promise((done) => setTimeout(done, 0));
      onProgress?.(d.records.length, d.records.length);
      store.installed.push(d);
      active = d;
      return store.load();
    },
    rollback: async () => {},
    restoreBundled: async () => {},
  };
  return store satisfies DatasetStorePort;
}

type Manager = ReturnType<typeof useDatasetManager>;
let latest: Manager;
/** Every progress state a render showed, in order. */
let progressLog: string[] = [];
function Probe(deps: Dependencies): ComponentChild {
  latest = useDatasetManager(deps);
  const shown = latest.progress ? `${latest.progress.step} ${latest.progress.done}/${latest.progress.total}` : null;
  if (shown && progressLog.at(-1) !== shown) progressLog.push(shown);
  return null;
}

/** Waits until the page state satisfies `ready` (effects and renders are asynchronous). */
const until = (ready: () => unknown) => vi.waitFor(() => expect(ready()).toBeTruthy(), { timeout: 2000, interval: 5 });

let root: Element;
beforeEach(() => {
  fakeBrowser.reset();
  progressLog = [];
  const { document, window } = parseHTML('<html><body><div id="root"></div></body></html>');
  vi.stubGlobal('document', document);
  vi.stubGlobal('window', window);
  root = document.getElementById('root')!;
});
afterEach(() => {
  render(null, root);
  vi.unstubAllGlobals();
});

async function mount(store: DatasetStorePort, over: Partial<Dependencies> = {}) {
  const deps: Dependencies = { store, announceChange: vi.fn(async () => {}), requestOrigin: vi.fn(async () => true), ...over };
  render(<Probe {...deps} />, root);
  await until(() => latest.active);
  return deps;
}

const bytesFile = (name: string, bytes: Uint8Array) =>
  ({
    name,
    size: bytes.length,
    arrayBuffer: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
    text: async () => new TextDecoder().decode(bytes),
  }) as unknown as File;
const file = (name: string, text: string) => bytesFile(name, new TextEncoder().encode(text));

describe('import from a file', () => {
  it('refuses a file that is not UTF-8 instead of importing U+FFFD', async () => {
    const store = fakeStore(dataset('1', [1, 2]));
    await mount(store);
    const text = JSON.stringify(dataset('2', [1]));
    const latin1 = Uint8Array.from([...new TextEncoder().encode(text.slice(0, 20)), 0xe9, ...new TextEncoder().encode(text.slice(20))]);
    latest.importFile(bytesFile('latin1.json', latin1));
    await until(() => latest.refusal);
    expect(latest.refusal?.problems).toEqual(['The file is not UTF-8 text (byte 21, 0xE9). Save or export it as UTF-8 and try again; nothing was imported.']);
    expect(latest.candidate).toBeNull();
    expect(store.installed).toEqual([]);
  });

  it('refuses an invalid file with its problems and never touches the store', async () => {
    const store = fakeStore(dataset('1', [1, 2]));
    await mount(store);
    latest.importFile(file('bad.json', '{"format": 1, "name": "x"'));
    await until(() => latest.refusal);
    expect(latest.refusal?.title).toBe('The file “bad.json” cannot be used');
    expect(latest.refusal?.problems[0]).toMatch(/truncated/);
    expect(latest.candidate).toBeNull();
    expect(store.installed).toEqual([]);
  });

  it('previews a valid file against the active dataset and installs it only on Apply', async () => {
    const store = fakeStore(dataset('1', [1, 2, 3]));
    const deps = await mount(store);
    const next = dataset('2', [2, 3, 4]);
    next.records[1] = { ...next.records[1], best: next.records[1].best + 1 };
    latest.importFile(file('next.json', JSON.stringify(next)));
    await until(() => latest.candidate);
    expect(latest.candidate?.diff.added.map((r) => r.id)).toEqual(['rec-4']);
    expect(latest.candidate?.diff.changed.map((c) => c.after.id)).toEqual(['rec-3']);
    expect(latest.candidate?.diff.removed.map((r) => r.id)).toEqual(['rec-1']);
    expect(store.installed).toEqual([]);
    latest.apply();
    await until(() => latest.notice);
    expect(store.installed.map((d) => d.version)).toEqual(['2']);
    expect(latest.active?.summary.version).toBe('2');
    expect(deps.announceChange).toHaveBeenCalledOnce();
    expect(latest.notice).toEqual({ kind: 'success', text: 'Now using Test 2 version 2.' });
    expect(latest.candidate).toBeNull();
  });

  it('refuses a file over 50 MB without reading it', async () => {
    const store = fakeStore(dataset('1', [1]));
    await mount(store);
    const text = vi.fn();
    latest.importFile({ name: 'huge.csv', size: 50 * 1024 * 1024 + 1, text } as unknown as File);
    await until(() => latest.refusal);
    expect(text).not.toHaveBeenCalled();
    expect(latest.refusal?.problems[0]).toMatch(/at most 50 MB/);
  });

  it('keeps the old dataset and says so when the store fails', async () => {
    const store = fakeStore(dataset('1', [1]));
    store.failInstall = true;
    await mount(store);
    latest.importFile(file('next.json', JSON.stringify(dataset('2', [5]))));
    await until(() => latest.candidate);
    latest.apply();
    await until(() => latest.notice);
    expect(latest.active?.summary.version).toBe('1');
    expect(latest.notice?.kind).toBe('error');
    expect(latest.notice?.text).toBe('Applying the dataset failed: The dataset could not be saved (disk full). Nothing changed: the previous dataset is still active.');
  });

  it('still applies when the background does not answer, and says open tabs need a reload', async () => {
    const store = fakeStore(dataset('1', [1]));
    await mount(store, { announceChange: async () => Promise.reject(new Error('Could not establish connection')) });
    latest.importFile(file('next.json', JSON.stringify(dataset('2', [5]))));
    await until(() => latest.candidate);
    latest.apply();
    await until(() => latest.notice);
    expect(latest.active?.summary.version).toBe('2');
    expect(latest.notice?.text).toBe('Now using Test 2 version 2. Open tabs will use it after they reload.');
  });
});

describe('import from a URL', () => {
  it('refuses a plain-http address without asking for permission or fetching', async () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    const deps = await mount(fakeStore(dataset('1', [1])));
    latest.importUrl('http://data.example.org/d.json');
    await until(() => latest.refusal);
    expect(latest.refusal?.problems[0]).toMatch(/Use an https:\/\/ address/);
    expect(deps.requestOrigin).not.toHaveBeenCalled();
    expect(fetch).not.toHaveBeenCalled();
  });

  it('does not download when the permission is refused', async () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    const deps = await mount(fakeStore(dataset('1', [1])), { requestOrigin: vi.fn(async () => false) });
    latest.importUrl('https://data.example.org/d.json');
    await until(() => latest.refusal);
    expect(deps.requestOrigin).toHaveBeenCalledWith('https://data.example.org/*');
    expect(fetch).not.toHaveBeenCalled();
    expect(latest.refusal?.problems[0]).toMatch(/needs your permission to read data.example.org/);
  });

  it('checks for an update at the last URL that gave a valid dataset', async () => {
    let served = dataset('2026.1', [1]);
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(JSON.stringify(served))),
    );
    await mount(fakeStore(dataset('2026.1', [1])));
    latest.importUrl('https://data.example.org/d.json');
    await until(() => latest.lastUrl);
    expect(latest.lastUrl).toBe('https://data.example.org/d.json');
    latest.checkForUpdate();
    await until(() => latest.notice);
    expect(latest.notice?.text).toBe('You have the latest version (2026.1).');
    expect(latest.candidate).toBeNull();
    served = dataset('2026.2', [1, 2]);
    latest.checkForUpdate();
    await until(() => latest.notice?.text.startsWith('A newer'));
    expect(latest.notice?.text).toMatch(/^A newer version is available: 2026.2 \(you have 2026.1\)/);
    expect(latest.candidate?.diff.added).toHaveLength(1);
  });
});

describe('progress of long work', () => {
  it('shows how far checking and installing have got, and clears when done', async () => {
    const store = fakeStore(dataset('1', [1]));
    await mount(store);
    // A clock that moves 30 ms at every look makes each checkpoint the end of a slice.
    let t = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (t += 30));
    latest.importFile(
      file(
        'big.json',
        JSON.stringify(
          dataset(
            '2',
            Array.from({ length: 1500 }, (_, i) => i),
          ),
        ),
      ),
    );
    await until(() => latest.candidate);
    expect(progressLog).toContainEqual(expect.stringMatching(/^checking \d+\/1500$/));
    expect(progressLog).toContain('comparing 1500/1500');
    expect(latest.progress).toBeNull();
    latest.apply();
    await until(() => latest.active?.summary.version === '2' && latest.busy === null);
    expect(progressLog).toEqual(expect.arrayContaining(['installing 1000/1500', 'installing 1500/1500']));
    expect(progressLog.indexOf('installing 1500/1500')).toBeGreaterThan(progressLog.indexOf('installing 1000/1500'));
    expect(latest.progress).toBeNull();
  });
});
