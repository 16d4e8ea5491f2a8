import { MarkingSettings } from './MarkingSettings';
import { DisabledSites } from './DisabledSites';
import { ScanAllSites } from './ScanAllSites';

export function SettingsPanel() {
  return (
    <section class="card" aria-labelledby="settings-title">
      <h2 id="settings-title">Settings</h2>
      <p class="muted">Saved at once, and synced where your browser syncs settings.</p>
      <ScanAllSites />
      <MarkingSettings />
      <DisabledSites />
    </section>
  );
}
