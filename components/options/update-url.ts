/** The last dataset URL the user imported from, so "Check for update" can fetch it again. */
import { storage } from 'wxt/utils/storage';

export const lastDatasetUrl = storage.defineItem<string | null>('local:lastDatasetUrl', { fallback: null, version: 1 });
