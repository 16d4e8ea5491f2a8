/** "TollCheck on this site": a real switch (role=switch) that keyboard and screen readers understand. */
interface Props {
  site: string;
  enabled: boolean;
  onChange(enabled: boolean): void;
}

export function SiteSwitch({ site, enabled, onChange }: Props) {
  return (
    <div class="site-switch">
      <span id="site-switch-label">
        TollCheck on <strong>{site}</strong>
      </span>
      <button type="button" role="switch" aria-checked={enabled} aria-labelledby="site-switch-label" class="switch" onClick={() => onChange(!enabled)}>
        <span class="switch-knob" aria-hidden="true" />
        <span class="switch-text">{enabled ? 'On' : 'Off'}</span>
      </button>
    </div>
  );
}
