/** Sites where TollCheck is off: the same list the popup's per-site switch edits. */
import { useState } from 'preact/hooks';
import { disabledSites } from '../../lib/extension/settings';
import { siteInputKey } from '../../lib/sites';
import { useStored } from './use-stored';

export function DisabledSites() {
  const sites = useStored(disabledSites);
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  if (sites === undefined) return null;

  const add = (e: Event) => {
    e.preventDefault();
    const key = siteInputKey(draft);
    if (!key) return setError(`“${draft.trim()}” is not a site name. Enter one such as example.org.`);
    setError(null);
    setDraft('');
    void disabledSites.setValue([...new Set([...sites, key])].sort());
  };
  const remove = (key: string) => void disabledSites.setValue(sites.filter((s) => s !== key));

  return (
    <fieldset>
      <legend>Sites where TollCheck is off</legend>
      {sites.length === 0 ? (
        <p class="muted">None: TollCheck works on every site it scans.</p>
      ) : (
        <ul class="sites">
          {sites.map((s) => (
            <li key={s}>
              <span>{s}</span>
              <button type="button" onClick={() => remove(s)} aria-label={`Turn TollCheck back on for ${s}`}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="row" onSubmit={add} noValidate>
        <label for="site-input" class="visually-hidden">
          Site to switch off
        </label>
        <input
          id="site-input"
          value={draft}
          placeholder="example.org"
          onInput={(e) => setDraft(e.currentTarget.value)}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? 'site-error' : undefined}
        />
        <button type="submit">Add site</button>
      </form>
      {error && (
        <p id="site-error" class="field-error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
