import { siteKey } from '../../extension/settings';

const HOSTNAME = /^(?:[a-z0-9-]+\.)+[a-z0-9-]+$/;

/** Accepts "example.org", "www.Example.org" or a full URL and gives the popup's key for it, else null. */
export function siteInputKey(input: string): string | null {
  const trimmed = input.trim();
  if (!trimmed || /\s/.test(trimmed)) return null;
  const key = siteKey(/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`);
  return key && (HOSTNAME.test(key) || key === 'localhost') ? key : null;
}
