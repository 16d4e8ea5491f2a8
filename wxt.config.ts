import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// `wxt build --mode test` is the build the real-browser tests load: identical to the
// release build except that the content script also runs on the local test server.
export default defineConfig({
  srcDir: '.',
  outDir: '.output',
  // Firefox gets Manifest V3 too, so both stores review the same permission model.
  manifestVersion: 3,
  manifest: {
    name: 'TollCheck',
    description:
      'Highlights death tolls and casualty figures in news articles and shows whether independent records back them.',
    permissions: ['storage', 'activeTab', 'scripting'],
    // Asked for at the moment of use only: one site ("Always scan this site"), a dataset URL's
    // origin, or every site (an options switch). Nothing broad is granted at install.
    optional_host_permissions: ['*://*/*'],
  },
  vite: () => ({ plugins: [preact()] }),
});
