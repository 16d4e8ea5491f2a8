/** Path of the bundled dataset inside the extension package: written by the build (wxt.config.ts), read by lib/extension/dataset-store.ts. */
export const BUNDLED_ASSET = 'dataset/bundled.json';
