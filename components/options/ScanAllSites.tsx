/**
 * "Scan all sites": the broad host permission is optional and asked for at this click only; turning
 * the switch off gives it back. The background registers the content script when it is granted.
 */
import { useEffect, useState } from 'preact/hooks';
import { ALL_SITES as ALL_SITES_PATTERN, requestAllSites } from '../../lib/extension/site-access';

const ALL_SITES = { origins: [ALL_SITES_PATTERN] };

export function ScanAllSites() {
  const [granted, setGranted] = useState<boolean | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  useEffect(() => {
    const refresh = () => void browser.permissions.contains(ALL_SITES).then(setGranted);
    refresh();
    browser.permissions.onAdded.addListener(refresh);
    browser.permissions.onRemoved.addListener(refresh);
    return () => {
      browser.permissions.onAdded.removeListener(refresh);
      browser.permissions.onRemoved.removeListener(refresh);
    };
  }, []);

  const onChange = (on: boolean) => {
    // Called straight from the click: the browser shows its prompt only during the user's gesture.
    const change = on ? requestAllSites() : browser.permissions.remove(ALL_SITES);
    change
      .then((done) => {
        setMessage(on && !done ? 'Permission was not granted, so TollCheck scans a page only when you click its toolbar button.' : null);
        return browser.permissions.contains(ALL_SITES).then(setGranted);
      })
      .catch((e: unknown) => setMessage(`The browser refused: ${e instanceof Error ? e.message : String(e)}`));
  };

  return (
    <div class="field">
      <label class="switch">
        <input
          type="checkbox"
          role="switch"
          checked={granted === true}
          disabled={granted === null}
          onChange={(e) => onChange(e.currentTarget.checked)}
          aria-describedby="scan-all-help"
        />
        Scan all sites automatically
      </label>
      <p id="scan-all-help" class="muted">
        Off: TollCheck reads a page only when you click its button or have switched it on for that site. On: it reads every page you open (the browser asks for permission to read
        all sites). Nothing is ever sent anywhere.
      </p>
      {message && (
        <p class="field-error" role="alert">
          {message}
        </p>
      )}
    </div>
  );
}
