import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// `wxt build --mode test` is the build the real-browser tests load: identical to the
// release build except that the content script also runs on the local test server.
export default defineConfig({
  srcDir: '.',
  outDir: '.output',
  manifest: {
    name: 'TollCheck',
    description:
      'Highlights death tolls and casualty figures in news articles and shows whether independent records back them.',
    permissions: ['storage'],
  },
  vite: () => ({ plugins: [preact()] }),
});
