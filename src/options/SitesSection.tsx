/** Sites where Second Source is off: turn one back on, or turn it off for another. */
import { useState } from 'preact/hooks';
import { normalizeHost } from '../settings/sanitize.ts';
import { setSiteEnabled } from '../settings/store.ts';
import type { Settings } from '../settings/types.ts';
import { t } from '../ui/i18n.ts';

interface Props {
  settings: Settings;
  save: (action: () => Promise<Settings>) => Promise<boolean>;
}

export function SitesSection({ settings, save }: Props) {
  const [draft, setDraft] = useState('');
  const [error, setError] = useState('');
  const sites = settings.disabledSites;

  const add = async (e: Event) => {
    e.preventDefault();
    const host = normalizeHost(draft);
    if (!host) {
      setError(draft.trim() ? t('notASiteName', draft.trim()) : t('enterASiteName'));
      return;
    }
    if (sites.includes(host)) {
      setError(t('hostAlreadyOff', host));
      return;
    }
    setError('');
    if (await save(() => setSiteEnabled(host, false))) setDraft('');
  };

  return (
    <section class="card" aria-labelledby="sites-h">
      <h2 id="sites-h">{t('sites')}</h2>
      <p class="hint">{t('runsOnEverySiteExcept')}</p>
      {sites.length === 0 ? (
        <p class="empty">{t('onEverywhere')}</p>
      ) : (
        <ul class="rows" aria-label={t('sitesWhereOff')}>
          {sites.map((host) => (
            <li key={host} class="row">
              <span class="row-main host">{host}</span>
              <button
                type="button"
                class="btn"
                aria-label={t('turnBackOnForHost', host)}
                onClick={() => void save(() => setSiteEnabled(host, true))}
              >
                {t('turnBackOn')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="add-site" onSubmit={add} noValidate>
        <label for="add-site">{t('turnOffForASite')}</label>
        <div class="inline">
          <input
            id="add-site"
            type="text"
            inputMode="url"
            autoComplete="off"
            spellcheck={false}
            placeholder="www.example.com"
            value={draft}
            aria-invalid={error ? 'true' : 'false'}
            aria-describedby={error ? 'add-site-error' : undefined}
            onInput={(e) => {
              setDraft((e.target as HTMLInputElement).value);
              if (error) setError('');
            }}
          />
          <button type="submit" class="btn">
            {t('turnOff')}
          </button>
        </div>
        {error && (
          <p id="add-site-error" class="field-error" role="alert">
            {error}
          </p>
        )}
      </form>
    </section>
  );
}
