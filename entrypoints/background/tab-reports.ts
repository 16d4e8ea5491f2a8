/**
 * What TollCheck found on each tab, kept in session storage so it survives the service worker
 * sleeping, and mirrored on the toolbar badge (figures that call for caution). Each chunk's claims
 * are stored under their own key, so a long page costs one small write per chunk, not a rewrite
 * of everything found so far.
 */
import { browser } from 'wxt/browser';
import { CAUTION_STATUSES } from '@/components/verdict-style';
import { claimKey, type PageStart, type ReportedClaim, type TabReport, type TabState } from '@/lib/extension/messaging';
import type { PageInfo } from '@/lib/pipeline';
import type { CheckedClaim } from '@/lib/verdict';

interface TabMeta {
  url: string;
  title: string;
  published: string | null;
  state: TabState;
  /** Chunks in the order they were checked, with what the badge needs from each. */
  chunks: { id: string; caution: number; conflicts: string[] }[];
}

// The popup shows a few references per figure; storing every one would crowd session storage.
const STORED_REFERENCES = 3;

const metaKey = (tabId: number) => `tab:${tabId}`;
const chunkKey = (tabId: number, chunkId: string) => `tabchunk:${tabId}:${chunkId}`;
const session = () => browser.storage.session;

/** The chunk a claim key belongs to (keys are `<chunkId>:<start>-<end>`). */
const chunkOfKey = (key: string) => key.slice(0, key.indexOf(':'));

export class TabReports {
  private readonly queues = new Map<number, Promise<unknown>>();
  /** Checks under way per tab. Kept in memory: the worker stays awake while it answers them. */
  private readonly outstanding = new Map<number, number>();
  /** Tabs whose page is being read, before its first pieces are sent for checking. */
  private readonly reading = new Set<number>();

  constructor(private readonly badge: (tabId: number, count: number) => Promise<void>) {}

  async get(tabId: number): Promise<TabReport | null> {
    const meta = (await session().get(metaKey(tabId)))[metaKey(tabId)] as TabMeta | undefined;
    if (!meta) return null;
    const keys = meta.chunks.map((c) => chunkKey(tabId, c.id));
    const stored = keys.length ? await session().get(keys) : {};
    const claims = keys.flatMap((k) => (stored[k] as ReportedClaim[] | undefined) ?? []);
    const conflicts = [...new Set(meta.chunks.flatMap((c) => c.conflicts))];
    return { url: meta.url, title: meta.title, published: meta.published, conflicts, claims, state: meta.state, checking: this.reading.has(tabId) || this.outstanding.has(tabId) };
  }

  /** The tab's page is being read (`pageReset` with `reading`) or has been (`pageRead`). */
  setReading(tabId: number, reading: boolean): void {
    if (reading) this.reading.add(tabId);
    else this.reading.delete(tabId);
  }

  /**
   * Runs one of the tab's checks (`checkText`), reporting the tab as `checking` until every check
   * under way has stored its claims, so the popup never says "no figures" before they are known.
   */
  async whileChecking<T>(tabId: number, check: () => Promise<T>): Promise<T> {
    this.outstanding.set(tabId, (this.outstanding.get(tabId) ?? 0) + 1);
    try {
      return await check();
    } finally {
      const left = (this.outstanding.get(tabId) ?? 1) - 1;
      if (left > 0) this.outstanding.set(tabId, left);
      else this.outstanding.delete(tabId);
    }
  }

  /** A new page in the tab: forgets the old one's figures and remembers the page's title and date. */
  reset(tabId: number, page: PageStart): Promise<void> {
    return this.update(tabId, async (old) => {
      await this.removeChunks(tabId, old?.chunks.map((c) => c.id) ?? []);
      return { url: page.url, title: page.title, published: page.published, state: page.state ?? 'scanned', chunks: [] };
    });
  }

  /**
   * The page context its chunks are checked with, as the last `pageReset` gave it (after any
   * update still queued for the tab); an empty one when the tab has no report.
   */
  async page(tabId: number): Promise<PageInfo> {
    await this.queues.get(tabId);
    const meta = (await session().get(metaKey(tabId)))[metaKey(tabId)] as TabMeta | undefined;
    return { title: meta?.title ?? '', published: meta?.published ?? null };
  }

  addChunk(tabId: number, chunkId: string, claims: CheckedClaim[], conflicts: string[]): Promise<void> {
    return this.update(tabId, async (old) => {
      const meta: TabMeta = old ?? { url: '', title: '', published: null, state: 'scanned', chunks: [] };
      const stored: ReportedClaim[] = claims.map((c) => ({ ...c, references: c.references.slice(0, STORED_REFERENCES), key: claimKey(chunkId, c) }));
      await session().set({ [chunkKey(tabId, chunkId)]: stored });
      return { ...meta, chunks: [...meta.chunks.filter((c) => c.id !== chunkId), { id: chunkId, caution: cautionOf(stored), conflicts }] };
    });
  }

  /** Forgets whole chunks, and single claims (by key) whose text left the page. */
  drop(tabId: number, chunkIds: string[], keys: string[] = []): Promise<void> {
    return this.update(tabId, async (meta) => {
      if (!meta) return null;
      const gone = new Set(chunkIds);
      await this.removeChunks(tabId, chunkIds);
      const lost = new Set(keys);
      const touched = [...new Set(keys.map(chunkOfKey))].filter((id) => !gone.has(id));
      const caution = new Map<string, number>();
      for (const id of touched) {
        const k = chunkKey(tabId, id);
        const claims = ((await session().get(k))[k] as ReportedClaim[] | undefined)?.filter((c) => !lost.has(c.key));
        if (!claims) continue;
        await session().set({ [k]: claims });
        caution.set(id, cautionOf(claims));
      }
      return { ...meta, chunks: meta.chunks.filter((c) => !gone.has(c.id)).map((c) => ({ ...c, caution: caution.get(c.id) ?? c.caution })) };
    });
  }

  /** Forgets a tab (closed, or navigated to another page). */
  clear(tabId: number): Promise<void> {
    this.reading.delete(tabId);
    return this.update(tabId, async (meta) => {
      await this.removeChunks(tabId, meta?.chunks.map((c) => c.id) ?? []);
      return null;
    });
  }

  /** Tabs with a report, for re-checking after the dataset changed. */
  async scannedTabs(tabIds: number[]): Promise<number[]> {
    const all = await session().get(tabIds.map(metaKey));
    return tabIds.filter((id) => (all[metaKey(id)] as TabMeta | undefined)?.state === 'scanned');
  }

  private removeChunks(tabId: number, ids: string[]): Promise<void> {
    return ids.length ? session().remove(ids.map((id) => chunkKey(tabId, id))) : Promise.resolve();
  }

  // Read-modify-write per tab, one at a time: chunks of one page arrive concurrently.
  private update(tabId: number, change: (meta: TabMeta | null) => Promise<TabMeta | null>): Promise<void> {
    const run = async () => {
      const key = metaKey(tabId);
      const next = await change(((await session().get(key))[key] as TabMeta | undefined) ?? null);
      if (next) await session().set({ [key]: next });
      else await session().remove(key);
      await this.badge(tabId, next?.state === 'scanned' ? next.chunks.reduce((n, c) => n + c.caution, 0) : 0);
    };
    const queued = (this.queues.get(tabId) ?? Promise.resolve()).then(run, run);
    this.queues.set(tabId, queued.catch(() => {}));
    return queued;
  }
}

function cautionOf(claims: readonly CheckedClaim[]): number {
  return claims.filter((c) => CAUTION_STATUSES.includes(c.status)).length;
}
