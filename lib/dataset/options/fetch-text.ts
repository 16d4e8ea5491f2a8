/**
 * Downloads a dataset's text with a time limit and a size cap. Any failure becomes a message the
 * user can act on; nothing is kept from a partial download.
 */
import { decodeDatasetBytes, MAX_DATASET_BYTES } from '../validate';
import { checkDatasetUrl } from './url-rules';

/** 30 s for people; the test build (`wxt build --mode test`) waits 2 s so the slow-server test stays quick. */
export const FETCH_TIMEOUT_MS = import.meta.env.MODE === 'test' ? 2_000 : 30_000;

/** `url` is where the text came from after any redirect (checked against the same rules as the address typed). */
export type FetchResult = { ok: true; text: string; contentType: string; url: string; redirected: boolean } | { ok: false; message: string };

export interface FetchOptions {
  timeoutMs?: number;
  maxBytes?: number;
  fetchImpl?: typeof fetch;
}

export async function fetchText(url: string, opts: FetchOptions = {}): Promise<FetchResult> {
  const timeoutMs = opts.timeoutMs ?? FETCH_TIMEOUT_MS;
  const maxBytes = opts.maxBytes ?? MAX_DATASET_BYTES;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const res = await (opts.fetchImpl ?? fetch)(url, { signal: controller.signal, cache: 'no-store', credentials: 'omit', redirect: 'follow', referrerPolicy: 'no-referrer' });
    // A redirect may end anywhere: the final address must pass the same rules as the one typed
    // (https, or http only on this computer), or its text is never read.
    const final = res.url || url;
    const redirected = res.redirected || final !== url;
    if (redirected) {
      const rule = checkDatasetUrl(final);
      if (!rule.ok) {
        await res.body?.cancel().catch(() => undefined);
        return { ok: false, message: `${url} redirected to ${final}, which TollCheck does not download from: ${rule.message}` };
      }
    }
    if (res.type === 'opaqueredirect') return { ok: false, message: `${url} redirects elsewhere and the browser did not follow it. Use the dataset's final address.` };
    if (!res.ok) return { ok: false, message: `The server answered ${res.status}${res.statusText ? ` ${res.statusText}` : ''} for ${final}. Check the address.` };
    const declared = Number(res.headers.get('content-length'));
    if (declared > maxBytes) return { ok: false, message: tooLarge(declared, maxBytes) };
    const bytes = await readCapped(res, maxBytes);
    if (bytes === null) return { ok: false, message: tooLarge(null, maxBytes) };
    const decoded = decodeDatasetBytes(bytes);
    if (!decoded.ok) return { ok: false, message: decoded.message.replace('The file is', `The dataset at ${final} is`) };
    return { ok: true, text: decoded.text, contentType: res.headers.get('content-type') ?? '', url: checkDatasetUrl(final).ok ? final : url, redirected };
  } catch (e) {
    if (controller.signal.aborted)
      return { ok: false, message: `The download took longer than ${timeoutMs / 1000} seconds and was stopped. Try again later, or check the address.` };
    return { ok: false, message: `Could not download ${url} (${e instanceof Error ? e.message : String(e)}). Check the address and your connection.` };
  } finally {
    clearTimeout(timer);
  }
}

/** Reads the body, giving up (null) as soon as it passes the cap, so a huge reply is never held whole. */
async function readCapped(res: Response, maxBytes: number): Promise<Uint8Array | null> {
  if (!res.body) {
    const whole = new Uint8Array(await res.arrayBuffer());
    return whole.byteLength > maxBytes ? null : whole;
  }
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const all = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.byteLength;
  }
  return all;
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} bytes`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

function tooLarge(size: number | null, max: number): string {
  return `The dataset is ${size === null ? 'larger than' : formatBytes(size) + ', over'} the ${formatBytes(max)} limit TollCheck accepts.`;
}
