/**
 * What TollCheck found on each tab, kept in session storage so it survives the service worker
 * sleeping, and mirrored on the toolbar badge (figures that call for caution). Each chunk's claims
 * are stored under their own key, so a long page costs one small write per chunk, not a rewrite
 * of everything found so far.
 *
 * `storage.session` has one quota (10 MB in Chrome) for every tab, so each tab gets a bounded
 * budget: claims are stored compactly (no sentence; each reference record once per tab, not once
 * per claim; each figure's sparkline as its own dot plus a backdrop its page's figures share, also
 * once per tab: lib/charts/sparkline.ts says why), and once a tab's stored claims reach TAB_BUDGET_BYTES its further figures keep only
 * their counts (badge, `omitted`). The content script sends the pieces nearest the viewport first,
 * so those are the ones listed. A write that fails (quota, a storage error) is counted the same
 * way and never fails the check: the page is still painted, and other tabs keep their room.
 */
import { browser } from 'wxt/browser';
import { reported } from '@/lib/report-error';
import { claimKey, type PageStart, type ReportedClaim, type TabReport, type TabState } from '@/lib/extension/messaging';
import type { PageInfo } from '@/lib/pipeline';
import type { DatasetRecord } from '@/lib/dataset/schema';
import { CAUTION_STATUSES, type CheckedClaim, type VerdictStatus } from '@/lib/verdict';
import { backdropId, joinSparkline, sparklineOf, splitSparkline, type SparkBackdrop, type SparkOwn } from '@/lib/charts/sparkline';

/** About 1 MB of stored claims per tab: ~1,500 figures listed (a 1 MB page has ~650); ten such tabs fit the quota. */
export const TAB_BUDGET_BYTES = 1_000_000;

type Counts = Partial<Record<VerdictStatus, number>>;

interface ChunkMeta {
  id: string;
  caution: number;
  conflicts: string[];
  /** Figures of this chunk found but not stored (past the budget, or a failed write), per verdict. */
  omitted: Counts;
  /** Whether (some of) the claims are stored. */
  kept: boolean;
  /** Size of the stored claims (JSON characters). */
  bytes: number;
}

interface TabMeta {
  url: string;
  title: string;
  published: string | null;
  state: TabState;
  /** Chunks in the order they were checked, with what the badge needs from each. */
  chunks: ChunkMeta[];
  /** Reference records stored for this tab (each once), by id. */
  refs: string[];
  /** Sparkline backdrops stored for this tab (each once), by id. */
  sparks: string[];
  /** Stored bytes: kept chunks plus reference records. */
  bytes: number;
}

/**
 * A claim as stored: without its sentence and chart (the popup shows neither), with its references
 * by id, and with its sparkline as its own part plus the id of the backdrop it shares.
 */
type StoredClaim = Omit<ReportedClaim, 'sentence' | 'references' | 'chart' | 'sparkline'> & { refs: string[]; spark?: SparkOwn & { id: string } };

/** The report, plus how many figures were found but are not listed (past the tab's budget). */
export type BudgetedReport = TabReport & { omitted: Counts };

// The popup shows a few references per figure; storing every one would crowd session storage.
const STORED_REFERENCES = 3;

const metaKey = (tabId: number) => `tab:${tabId}`;
const chunkKey = (tabId: number, chunkId: string) => `tabchunk:${tabId}:${chunkId}`;
const refKey = (tabId: number, recordId: string) => `tabref:${tabId}:${recordId}`;
const sparkKey = (tabId: number, backdropId: string) => `tabspark:${tabId}:${backdropId}`;
const session = () => browser.storage.session;

/** The chunk a claim key belongs to (keys are `<chunkId>:<start>-<end>`). */
const chunkOfKey = (key: string) => key.slice(0, key.indexOf(':'));

/** `c12` → 12: chunk ids count up in document order for a page's first read, then for additions. */
const ordinal = (id: string) => {
  const m = /^c(\d+)$/.exec(id);
  return m ? Number(m[1]) : Number.MAX_SAFE_INTEGER;
};

const sizeOf = (value: unknown) => JSON.stringify(value)?.length ?? 0;

export class TabReports {
  /** Each tab's page context since its last reset, so checking a piece does not wait on storage. */
  private readonly pages = new Map<number, PageInfo>();
  private readonly queues = new Map<number, Promise<unknown>>();
  /** Checks under way per tab. Kept in memory: the worker stays awake while it answers them. */
  private readonly outstanding = new Map<number, number>();
  /** Tabs whose page is being read, before its first pieces are sent for checking. */
  private readonly reading = new Set<number>();

  constructor(
    private readonly badge: (tabId: number, count: number) => Promise<void>,
    private readonly budget = TAB_BUDGET_BYTES,
  ) {}

  async get(tabId: number): Promise<BudgetedReport | null> {
    const meta = await this.meta(tabId);
    if (!meta) return null;
    const chunks = [...meta.chunks].sort((a, b) => ordinal(a.id) - ordinal(b.id));
    const keys = [...chunks.filter((c) => c.kept).map((c) => chunkKey(tabId, c.id)), ...meta.refs.map((id) => refKey(tabId, id)), ...meta.sparks.map((id) => sparkKey(tabId, id))];
    const stored = keys.length ? await session().get(keys) : {};
    const record = (id: string) => stored[refKey(tabId, id)] as DatasetRecord | undefined;
    const claims = chunks
      .flatMap((c) => (c.kept ? ((stored[chunkKey(tabId, c.id)] as StoredClaim[] | undefined) ?? []) : []))
      .map(({ refs, spark, ...claim }): ReportedClaim => {
        const sparkline = spark ? joinSparkline(stored[sparkKey(tabId, spark.id)] as SparkBackdrop | undefined, spark) : null;
        return {
          ...claim,
          sentence: '',
          references: refs.map(record).filter((r): r is DatasetRecord => r !== undefined),
          ...(sparkline ? { sparkline } : {}),
        };
      });
    const omitted: Counts = {};
    for (const c of chunks) for (const [status, n] of Object.entries(c.omitted) as [VerdictStatus, number][]) omitted[status] = (omitted[status] ?? 0) + n;
    const conflicts = [...new Set(meta.chunks.flatMap((c) => c.conflicts))];
    return {
      url: meta.url,
      title: meta.title,
      published: meta.published,
      conflicts,
      claims,
      state: meta.state,
      checking: this.reading.has(tabId) || this.outstanding.has(tabId),
      omitted,
    };
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
    this.pages.set(tabId, { title: page.title, published: page.published });
    return this.update(tabId, async (old) => {
      await this.forget(tabId, old);
      return { url: page.url, title: page.title, published: page.published, state: page.state ?? 'scanned', chunks: [], refs: [], sparks: [], bytes: 0 };
    });
  }

  /**
   * The page context its chunks are checked with, as the last `pageReset` gave it (after any
   * update still queued for the tab); an empty one when the tab has no report.
   */
  async page(tabId: number): Promise<PageInfo> {
    // Known from the reset in this worker's life; otherwise (the worker restarted) from storage.
    const known = this.pages.get(tabId);
    if (known) return known;
    await this.queues.get(tabId);
    const meta = await this.meta(tabId).catch(() => null);
    return { title: meta?.title ?? '', published: meta?.published ?? null };
  }

  /**
   * Stores a chunk's claims within the tab's budget: as many as fit, in the order they come (the
   * page's nearest pieces first); the rest are only counted. Never rejects: a failed write keeps
   * the counts only, and the check that called it still answers.
   */
  addChunk(tabId: number, chunkId: string, claims: CheckedClaim[], conflicts: string[]): Promise<void> {
    return this.update(tabId, async (old) => {
      const meta: TabMeta = old ?? { url: '', title: '', published: null, state: 'scanned', chunks: [], refs: [], sparks: [], bytes: 0 };
      const previous = meta.chunks.find((c) => c.id === chunkId);
      const others = meta.chunks.filter((c) => c.id !== chunkId);
      const budget = this.limit();
      let bytes = meta.bytes - (previous?.kept ? previous.bytes : 0);
      const known = new Set(meta.refs);
      const newRefs = new Map<string, DatasetRecord>();
      const knownSparks = new Set(meta.sparks);
      const newSparks = new Map<string, SparkBackdrop>();
      const stored: StoredClaim[] = [];
      let claimBytes = 2;
      let refBytes = 0;
      for (const { sentence: _sentence, references, chart, ...c } of claims) {
        const refs = references.slice(0, STORED_REFERENCES);
        const item: StoredClaim = { ...c, refs: refs.map((r) => r.id), key: claimKey(chunkId, c) };
        const fresh = refs.filter((r) => !known.has(r.id) && !newRefs.has(r.id));
        let moreRefs = fresh.reduce((n, r) => n + sizeOf(r), 0);
        const sparkline = sparklineOf(chart);
        let backdrop: [string, SparkBackdrop] | null = null;
        if (sparkline) {
          const { backdrop: b, own } = splitSparkline(sparkline);
          const id = backdropId(b);
          item.spark = { ...own, id };
          if (!knownSparks.has(id) && !newSparks.has(id)) {
            backdrop = [id, b];
            moreRefs += sizeOf(b);
          }
        }
        const more = sizeOf(item) + 1;
        if (bytes + claimBytes + refBytes + more + moreRefs > budget) break;
        stored.push(item);
        claimBytes += more;
        refBytes += moreRefs;
        for (const r of fresh) newRefs.set(r.id, r);
        if (backdrop) newSparks.set(...backdrop);
      }
      let kept = stored.length > 0;
      if (kept) {
        const writes = await Promise.allSettled([
          session().set({ [chunkKey(tabId, chunkId)]: stored }),
          // References and sparkline backdrops in one write: both are what the tab's claims share.
          newRefs.size || newSparks.size
            ? session().set(Object.fromEntries([...[...newRefs].map(([id, r]) => [refKey(tabId, id), r]), ...[...newSparks].map(([id, b]) => [sparkKey(tabId, id), b])]))
            : Promise.resolve(),
        ]);
        if (writes[1].status === 'fulfilled') {
          for (const id of newRefs.keys()) meta.refs.push(id);
          for (const id of newSparks.keys()) meta.sparks.push(id);
          bytes += refBytes;
        }
        kept = writes[0].status === 'fulfilled';
        if (kept) bytes += claimBytes;
        else await session().remove(chunkKey(tabId, chunkId)).catch(reported('removing a tab report piece that could not be stored'));
      } else if (previous?.kept) await session().remove(chunkKey(tabId, chunkId)).catch(reported('removing a replaced tab report piece'));
      const listed = kept ? stored.length : 0;
      const chunk: ChunkMeta = { id: chunkId, caution: cautionOf(claims), conflicts, omitted: countsOf(claims.slice(listed)), kept, bytes: kept ? claimBytes : 0 };
      return { ...meta, chunks: [...others, chunk], bytes };
    }).catch(reported('storing the tab report'));
  }

  /** The budget: the test build lets the real-browser tests lower it (`tollcheckTabBudget` on the worker's global). */
  private limit(): number {
    if (import.meta.env.MODE === 'test') {
      const override = (globalThis as { tollcheckTabBudget?: unknown }).tollcheckTabBudget;
      if (typeof override === 'number') return override;
    }
    return this.budget;
  }

  /** Forgets whole chunks, and single claims (by key) whose text left the page. */
  drop(tabId: number, chunkIds: string[], keys: string[] = []): Promise<void> {
    return this.update(tabId, async (meta) => {
      if (!meta) return null;
      const gone = new Set(chunkIds);
      await this.removeChunks(tabId, chunkIds);
      const lost = new Set(keys);
      const touched = [...new Set(keys.map(chunkOfKey))].filter((id) => !gone.has(id));
      const changed = new Map<string, ChunkMeta>();
      for (const id of touched) {
        const chunk = meta.chunks.find((c) => c.id === id);
        if (!chunk?.kept) continue; // counts only: a lost figure cannot be told apart; the next read corrects it
        const k = chunkKey(tabId, id);
        const claims = ((await session().get(k))[k] as StoredClaim[] | undefined)?.filter((c) => !lost.has(c.key));
        if (!claims) continue;
        await session().set({ [k]: claims });
        // An omitted figure that left cannot be told apart from the others, so the omitted counts stay.
        changed.set(id, { ...chunk, caution: cautionOf(claims) + omittedCaution(chunk.omitted), bytes: sizeOf(claims) });
      }
      const chunks = meta.chunks.filter((c) => !gone.has(c.id)).map((c) => changed.get(c.id) ?? c);
      const refBytes = meta.bytes - meta.chunks.reduce((n, c) => n + (c.kept ? c.bytes : 0), 0);
      return { ...meta, chunks, bytes: refBytes + chunks.reduce((n, c) => n + (c.kept ? c.bytes : 0), 0) };
    });
  }

  /** Forgets a tab (closed, or navigated to another page). */
  clear(tabId: number): Promise<void> {
    this.reading.delete(tabId);
    this.pages.delete(tabId);
    return this.update(tabId, async (meta) => {
      await this.forget(tabId, meta);
      return null;
    });
  }

  /** Tabs with a report, for re-checking after the dataset changed. */
  async scannedTabs(tabIds: number[]): Promise<number[]> {
    const all = await session().get(tabIds.map(metaKey));
    return tabIds.filter((id) => (all[metaKey(id)] as TabMeta | undefined)?.state === 'scanned');
  }

  /** Tabs with no report at all (never read since they loaded), for scanning after a site is granted. */
  async unreadTabs(tabIds: number[]): Promise<number[]> {
    const all = await session().get(tabIds.map(metaKey));
    return tabIds.filter((id) => all[metaKey(id)] === undefined);
  }

  private async meta(tabId: number): Promise<TabMeta | null> {
    const raw = (await session().get(metaKey(tabId)))[metaKey(tabId)] as Partial<TabMeta> | undefined;
    if (!raw) return null;
    // Reports written before budgets (an extension update mid-session) lack the new fields.
    const chunks = ((raw.chunks ?? []) as (Pick<ChunkMeta, 'id' | 'caution' | 'conflicts'> & Partial<ChunkMeta>)[]).map(
      (c): ChunkMeta => ({ ...c, omitted: c.omitted ?? {}, kept: c.kept ?? true, bytes: c.bytes ?? 0 }),
    );
    return {
      url: raw.url ?? '',
      title: raw.title ?? '',
      published: raw.published ?? null,
      state: raw.state ?? 'scanned',
      chunks,
      refs: raw.refs ?? [],
      sparks: raw.sparks ?? [],
      bytes: raw.bytes ?? 0,
    };
  }

  private async forget(tabId: number, meta: TabMeta | null): Promise<void> {
    if (!meta) return;
    await this.removeChunks(
      tabId,
      meta.chunks.map((c) => c.id),
    );
    const shared = [...meta.refs.map((id) => refKey(tabId, id)), ...meta.sparks.map((id) => sparkKey(tabId, id))];
    if (shared.length) await session().remove(shared);
  }

  private removeChunks(tabId: number, ids: string[]): Promise<void> {
    return ids.length ? session().remove(ids.map((id) => chunkKey(tabId, id))) : Promise.resolve();
  }

  // Read-modify-write per tab, one at a time: chunks of one page arrive concurrently.
  private update(tabId: number, change: (meta: TabMeta | null) => Promise<TabMeta | null>): Promise<void> {
    const run = async () => {
      const next = await change(await this.meta(tabId));
      try {
        if (next) await session().set({ [metaKey(tabId)]: next });
        else await session().remove(metaKey(tabId));
      } finally {
        await this.badge(tabId, next?.state === 'scanned' ? next.chunks.reduce((n, c) => n + c.caution, 0) : 0);
      }
    };
    const queued = (this.queues.get(tabId) ?? Promise.resolve()).then(run, run);
    // The caller gets the failure; the queue itself only has to go on to the next update.
    this.queues.set(
      tabId,
      queued.catch(() => undefined),
    );
    return queued;
  }
}

function cautionOf(claims: readonly Pick<CheckedClaim, 'status'>[]): number {
  return claims.filter((c) => CAUTION_STATUSES.includes(c.status)).length;
}

function omittedCaution(omitted: Counts): number {
  return CAUTION_STATUSES.reduce((n, s) => n + (omitted[s] ?? 0), 0);
}

function countsOf(claims: readonly Pick<CheckedClaim, 'status'>[]): Counts {
  const counts: Counts = {};
  for (const c of claims) counts[c.status] = (counts[c.status] ?? 0) + 1;
  return counts;
}
