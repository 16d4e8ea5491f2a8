import { render } from 'preact';
import { App } from './App';
import { storeAdapter } from '../../components/options/store-adapter';
import { sendMessage } from '../../lib/extension/messaging';
import '../../components/options/options.css';

render(
  <App store={storeAdapter} announceChange={() => sendMessage('datasetChanged', undefined)} requestOrigin={(pattern) => browser.permissions.request({ origins: [pattern] })} />,
  document.getElementById('app')!,
);
