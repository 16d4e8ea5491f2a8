/**
 * "Check for update": the last dataset URL that gave a valid dataset (kept in the extension's local
 * storage so the check can fetch it again), and what the check tells the user.
 */
import { storage } from 'wxt/utils/storage';
import type { NoticeMessage } from './notice';

export const lastDatasetUrl = storage.defineItem<string | null>('local:lastDatasetUrl', { fallback: null, version: 1 });

/** What "Check for update" tells the user, from the offered version compared with the active one. */
export function updateVerdict(order: number, offered: string, current: string): NoticeMessage {
  if (order > 0) return { kind: 'info', text: `A newer version is available: ${offered} (you have ${current}). Review it below and apply it if you want it.` };
  if (order === 0) return { kind: 'info', text: `You have the latest version (${current}).` };
  return { kind: 'info', text: `The URL offers version ${offered}, older than yours (${current}). You can still apply it below.` };
}
