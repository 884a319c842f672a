/** The options page: sites where Second Source is off, highlight style, claim packs. */
import { Logo } from '../ui/Logo.tsx';
import { PacksSection } from './PacksSection.tsx';
import { SitesSection } from './SitesSection.tsx';
import { StyleSection } from './StyleSection.tsx';
import { type SaveStatus, useSettings } from './use-settings.ts';

export function Options() {
  const { settings, problems, saveStatus, save, saved, setSaveStatus } = useSettings();
  return (
    <div class="page">
      <header class="page-head">
        <Logo size={28} />
        <h1>Second Source</h1>
        <span class="page-sub">Options</span>
        <SaveLine status={saveStatus} />
      </header>
      {problems.length > 0 && (
        <div class="notice" role="note">
          <p>Some stored settings could not be read. Everything readable was kept:</p>
          <ul>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      {settings ? (
        <main>
          <SitesSection settings={settings} save={save} />
          <StyleSection settings={settings} save={save} />
          <PacksSection settings={settings} save={save} onSaved={saved} onStatus={setSaveStatus} />
        </main>
      ) : (
        <main aria-busy="true" class="loading">
          Loading settings…
        </main>
      )}
      <footer class="page-foot">Second Source works offline: nothing you read or import leaves your browser.</footer>
    </div>
  );
}

function SaveLine({ status }: { status: SaveStatus }) {
  const text =
    status.kind === 'saving'
      ? 'Saving…'
      : status.kind === 'saved'
        ? 'Saved'
        : status.kind === 'error'
          ? `Not saved: ${status.message.replace(/^Not saved:\s*/, '')}`
          : '';
  return (
    <p class={`save-line ${status.kind}`} role="status" aria-live="polite">
      {text}
    </p>
  );
}
