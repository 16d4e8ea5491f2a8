import { render } from 'preact';
import { App } from './App';
import { createStoreAdapter } from '../../lib/dataset/options/store-adapter';
import { datasetStore } from '../../lib/extension/dataset-store';
import { sendMessage } from '../../lib/extension/messaging';
import '../../components/options/options.css';

render(
  <App
    store={createStoreAdapter(datasetStore)}
    announceChange={() => sendMessage('datasetChanged', undefined)}
    requestOrigin={(pattern) => browser.permissions.request({ origins: [pattern] })}
  />,
  document.getElementById('app')!,
);
