/** The options page: sites where Second Source is off, highlight style, claim packs. */
import { t } from '../ui/i18n.ts';
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
        <h1>{t('extName')}</h1>
        <span class="page-sub">{t('options')}</span>
        <SaveLine status={saveStatus} />
      </header>
      {problems.length > 0 && (
        <div class="notice" role="note">
          <p>{t('someSettingsUnreadable')}</p>
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
          {t('loadingSettings')}
        </main>
      )}
      <footer class="page-foot">{t('worksOffline')}</footer>
    </div>
  );
}

function SaveLine({ status }: { status: SaveStatus }) {
  const text =
    status.kind === 'saving'
      ? t('saving')
      : status.kind === 'saved'
        ? t('saved')
        : status.kind === 'error'
          ? t('notSavedReason', status.message.replace(/^Not saved:\s*/, ''))
          : '';
  return (
    <p class={`save-line ${status.kind}`} role="status" aria-live="polite">
      {text}
    </p>
  );
}
