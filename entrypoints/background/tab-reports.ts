/**
 * What TollCheck found on each tab, kept in session storage so it survives the service worker
 * sleeping, and mirrored on the toolbar badge (figures that call for caution).
 */
import { storage } from 'wxt/utils/storage';
import { CAUTION_STATUSES } from '@/components/verdict-style';
import { claimKey, type ReportedClaim, type TabReport, type TabState } from '@/lib/extension/messaging';
import type { CheckedClaim } from '@/lib/verdict';

interface TabRecord {
  url: string;
  title: string;
  published: string | null;
  state: TabState;
  /** Chunks in the order they were checked, each with its claims and the conflicts found in it. */
  chunks: { id: string; claims: ReportedClaim[]; conflicts: string[] }[];
}

// The popup shows a few references per figure; storing every one would crowd session storage.
const STORED_REFERENCES = 5;

const item = (tabId: number) => storage.defineItem<TabRecord | null>(`session:tab:${tabId}`, { fallback: null });

export class TabReports {
  private readonly queues = new Map<number, Promise<unknown>>();

  constructor(private readonly badge: (tabId: number, count: number) => Promise<void>) {}

  async get(tabId: number): Promise<TabReport | null> {
    const record = await item(tabId).getValue();
    return record && toReport(record);
  }

  reset(tabId: number, page: { url: string; title: string; state?: TabState }): Promise<void> {
    return this.update(tabId, () => ({ url: page.url, title: page.title, published: null, state: page.state ?? 'scanned', chunks: [] }));
  }

  addChunk(tabId: number, page: { url: string; title: string; published: string | null }, chunkId: string, claims: CheckedClaim[], conflicts: string[]): Promise<void> {
    return this.update(tabId, (r) => {
      const record = r && r.url === page.url ? r : { url: page.url, title: page.title, published: null, state: 'scanned' as const, chunks: [] };
      const stored = claims.map((c) => ({ ...c, references: c.references.slice(0, STORED_REFERENCES), key: claimKey(chunkId, c) }));
      return {
        ...record, title: page.title, published: page.published ?? record.published,
        chunks: [...record.chunks.filter((c) => c.id !== chunkId), { id: chunkId, claims: stored, conflicts }],
      };
    });
  }

  drop(tabId: number, chunkIds: string[], keys: string[] = []): Promise<void> {
    const ids = new Set(chunkIds);
    const lost = new Set(keys);
    return this.update(tabId, (r) => r && {
      ...r,
      chunks: r.chunks.filter((c) => !ids.has(c.id)).map((c) => ({ ...c, claims: c.claims.filter((k) => !lost.has(k.key)) })),
    });
  }

  /** Forgets a tab (closed, or navigated to another page). */
  clear(tabId: number): Promise<void> {
    return this.update(tabId, () => null);
  }

  /** Tabs with a report, for re-checking after the dataset changed. */
  async scannedTabs(tabIds: number[]): Promise<number[]> {
    const found = await Promise.all(tabIds.map(async (id) => ((await item(id).getValue())?.state === 'scanned' ? id : null)));
    return found.filter((id): id is number => id !== null);
  }

  // Read-modify-write per tab, one at a time: chunks of one page arrive concurrently.
  private update(tabId: number, change: (r: TabRecord | null) => TabRecord | null): Promise<void> {
    const run = async () => {
      const next = change(await item(tabId).getValue());
      if (next) await item(tabId).setValue(next);
      else await item(tabId).removeValue();
      const caution = next ? toReport(next).claims.filter((c) => CAUTION_STATUSES.includes(c.status)).length : 0;
      await this.badge(tabId, next?.state === 'scanned' ? caution : 0);
    };
    const queued = (this.queues.get(tabId) ?? Promise.resolve()).then(run, run);
    this.queues.set(tabId, queued.catch(() => {}));
    return queued;
  }
}

function toReport(r: TabRecord): TabReport {
  const conflicts = [...new Set(r.chunks.flatMap((c) => c.conflicts))];
  return { url: r.url, title: r.title, published: r.published, conflicts, claims: r.chunks.flatMap((c) => c.claims), state: r.state };
}
