/**
 * Which dataset URLs the options page accepts, and the host permission each one needs.
 * https everywhere; plain http only for this computer, where there is no network to tamper with.
 */
import { sitePattern } from '../../sites';

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

export type UrlCheck = { ok: true; url: string; permissionOrigin: string } | { ok: false; message: string };

export function checkDatasetUrl(input: string): UrlCheck {
  const trimmed = input.trim();
  if (!trimmed) return { ok: false, message: 'Enter the address of a dataset, starting with https://.' };
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return { ok: false, message: `“${trimmed}” is not a web address. Enter a full URL such as https://example.org/tollcheck.json.` };
  }
  if (url.username || url.password) return { ok: false, message: 'Remove the user name and password from the address; TollCheck does not send credentials.' };
  const local = LOCAL_HOSTS.has(url.hostname);
  if (url.protocol === 'http:' && !local)
    return { ok: false, message: 'Use an https:// address: plain http could be altered on the way. (http is allowed only for localhost and 127.0.0.1.)' };
  // The site's match pattern is what permission is asked for; only http(s) has one.
  const permissionOrigin = sitePattern(url);
  if (permissionOrigin === null) return { ok: false, message: `Addresses starting with ${url.protocol} are not supported; use https://.` };
  return { ok: true, url: url.href, permissionOrigin };
}
