/** Claim packs: the bundled one and imported ones; turn on/off, export, remove, import. */
import { useEffect, useState } from 'preact/hooks';
import type { ClaimPack } from '../core/schema.ts';
import { countReports, exportPack, packData, removePack, setPackEnabled } from '../settings/store.ts';
import type { Settings, StoredPack } from '../settings/types.ts';
import { formatDate, t, tn } from '../ui/i18n.ts';
import { Switch } from '../ui/Switch.tsx';
import { ImportPack } from './ImportPack.tsx';
import type { SaveStatus } from './use-settings.ts';

interface Props {
  settings: Settings;
  save: (action: () => Promise<Settings>) => Promise<boolean>;
  onSaved: (settings: Settings) => void;
  onStatus: (s: SaveStatus) => void;
}

export function PacksSection({ settings, save, onSaved, onStatus }: Props) {
  const [data, setData] = useState<Map<string, ClaimPack>>(new Map());
  useEffect(() => {
    let live = true;
    packData(settings).then((d) => live && setData(d));
    return () => {
      live = false;
    };
  }, [settings]);

  return (
    <section class="card" aria-labelledby="packs-h">
      <h2 id="packs-h">{t('claimPacks')}</h2>
      <p class="hint">{t('claimPacksHint')}</p>
      <ul class="packs" aria-label={t('installedClaimPacks')}>
        {settings.packs.map((p) => (
          <PackRow key={p.id} pack={p} data={data.get(p.id)} save={save} onStatus={onStatus} />
        ))}
      </ul>
      <ImportPack onSaved={onSaved} />
    </section>
  );
}

interface RowProps {
  pack: StoredPack;
  data?: ClaimPack;
  save: Props['save'];
  onStatus: Props['onStatus'];
}

function PackRow({ pack, data, save, onStatus }: RowProps) {
  const [confirming, setConfirming] = useState(false);
  const name = data?.name ?? pack.name;
  const version = data?.version ?? pack.version;
  const nameId = `pack-${pack.id}-name`;

  const onExport = async () => {
    try {
      const { fileName, text } = await exportPack(pack.id);
      download(fileName, text);
    } catch (e) {
      onStatus({ kind: 'error', message: e instanceof Error ? e.message : String(e) });
    }
  };

  return (
    <li class={`pack${pack.enabled ? '' : ' is-off'}`} data-pack={pack.id} aria-labelledby={nameId}>
      <div class="pack-info">
        <p class="pack-name" id={nameId}>
          {name}
          {pack.builtin && <span class="badge">{t('builtIn')}</span>}
        </p>
        <p class="pack-meta">{packMeta(version, data, pack)}</p>
        {pack.problem && <p class="field-error">{pack.problem}</p>}
      </div>
      <div class="pack-actions">
        {confirming ? (
          <div class="confirm">
            <span>{t('removeThisPack')}</span>
            <button
              type="button"
              class="btn btn-danger"
              ref={(el) => el?.focus()}
              onClick={() => void save(() => removePack(pack.id))}
            >
              {t('remove')}
            </button>
            <button type="button" class="btn" onClick={() => setConfirming(false)}>
              {t('cancel')}
            </button>
          </div>
        ) : (
          <>
            <span class="switch-state" aria-hidden="true">
              {pack.enabled ? t('on') : t('off')}
            </span>
            <Switch
              checked={pack.enabled}
              label={t('usePack', name)}
              disabled={!!pack.problem}
              onChange={(on) => void save(() => setPackEnabled(pack.id, on))}
            />
            <button
              type="button"
              class="btn"
              aria-label={t('exportPack', name)}
              disabled={!!pack.problem}
              onClick={onExport}
            >
              {t('export')}
            </button>
            {!pack.builtin && (
              <button
                type="button"
                class="btn btn-danger"
                aria-label={t('removePack', name)}
                onClick={() => setConfirming(true)}
              >
                {t('remove')}
              </button>
            )}
          </>
        )}
      </div>
    </li>
  );
}

/** "v2023.03.1 · 39 facts · 82 reports · imported Mar 20, 2026", in the reader's language. */
function packMeta(version: string, data: ClaimPack | undefined, pack: StoredPack): string {
  const parts: string[] = [];
  if (version) parts.push(`v${version.replace(/^v/, '')}`);
  if (data) parts.push(tn('factCount', data.facts.length), tn('reportCount', countReports(data)));
  else if (!pack.problem) parts.push('…');
  if (pack.importedAt) parts.push(t('importedOnDate', formatDate(pack.importedAt)));
  return parts.join(' · ');
}

function download(fileName: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
