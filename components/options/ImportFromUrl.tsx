import { useEffect, useState } from 'preact/hooks';
import { FETCH_TIMEOUT_MS } from '../../lib/dataset/options/fetch-text';

interface Props {
  busy: boolean;
  lastUrl: string | null;
  onFetch(url: string): void;
  onCheckUpdate(): void;
}

/**
 * Download from a URL. Both buttons call back synchronously from the click, because the browser
 * only shows the host-permission request during the user's gesture.
 */
export function ImportFromUrl({ busy, lastUrl, onFetch, onCheckUpdate }: Props) {
  const [url, setUrl] = useState(lastUrl ?? '');
  useEffect(() => {
    if (lastUrl && !url) setUrl(lastUrl);
  }, [lastUrl]);
  return (
    <form
      class="field"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        onFetch(url);
      }}
    >
      <label for="dataset-url">From a URL (https)</label>
      <div class="row">
        <input
          id="dataset-url"
          type="url"
          inputMode="url"
          value={url}
          placeholder="https://example.org/tollcheck-dataset.json"
          onInput={(e) => setUrl(e.currentTarget.value)}
          aria-describedby="dataset-url-help"
        />
        <button type="submit" disabled={busy}>
          Download
        </button>
        <button type="button" disabled={busy || !lastUrl} onClick={onCheckUpdate}>
          Check for update
        </button>
      </div>
      <p id="dataset-url-help" class="muted">
        TollCheck asks your permission for that site only, then downloads the file (limit: {FETCH_TIMEOUT_MS / 1000} s).{' '}
        {lastUrl ? (
          <>
            Last used: <code>{lastUrl}</code>
          </>
        ) : (
          'No URL used yet.'
        )}
      </p>
    </form>
  );
}
