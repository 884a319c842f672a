/**
 * Import a claim pack from a .json file: size check before reading, then read → check → save with
 * visible progress. The check runs in a worker (run-pack-check.ts), a chunk of facts at a time, so a
 * pack of thousands of facts leaves the page responsive; it can be cancelled until the save starts.
 * Errors are listed in an alert, each naming the file, fact and field. Nothing is written until the
 * check has passed.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { type ImportResult, MAX_IMPORT_BYTES, saveCheckedPack } from '../settings/store.ts';
import type { Settings } from '../settings/types.ts';
import { formatSize, t, tn } from '../ui/i18n.ts';
import { runPackCheck, type WorkerFactory } from './run-pack-check.ts';

type Phase =
  | { kind: 'idle' }
  | { kind: 'busy'; text: string; done?: number; total?: number; cancellable: boolean }
  | { kind: 'done'; text: string }
  | { kind: 'cancelled'; text: string }
  | { kind: 'failed'; fileName: string; errors: string[] };

interface Props {
  /** The settings as written, with the new pack. */
  onSaved: (settings: Settings) => void;
  /** Tests: how the check's worker is made (the default: the bundled module worker). */
  makeWorker?: WorkerFactory;
}

export function ImportPack({ onSaved, makeWorker }: Props) {
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const input = useRef<HTMLInputElement>(null);
  /** Cancels the import in progress (undefined when none, or once its save has started). */
  const cancel = useRef<(() => void) | undefined>(undefined);
  useEffect(() => () => cancel.current?.(), []);
  /** Set when Cancel is pressed: the button goes away, so focus returns to the file button. */
  const refocus = useRef(false);
  useEffect(() => {
    if (phase.kind === 'busy' || !refocus.current) return;
    refocus.current = false;
    input.current?.focus();
  }, [phase]);

  const onFile = async (file: File) => {
    const finish = (next: Phase) => {
      cancel.current = undefined;
      setPhase(next);
      if (input.current) input.current.value = '';
    };
    if (file.size > MAX_IMPORT_BYTES) {
      finish({
        kind: 'failed',
        fileName: file.name,
        errors: [t('fileTooLarge', [file.name, formatSize(file.size), formatSize(MAX_IMPORT_BYTES)])],
      });
      return;
    }
    let cancelled = false;
    const cancelledPhase: Phase = { kind: 'cancelled', text: t('importCancelled', file.name) };
    cancel.current = () => {
      cancelled = true;
    };
    setPhase({ kind: 'busy', text: t('readingFile', [file.name, formatSize(file.size)]), cancellable: true });
    let text: string;
    try {
      text = await file.text();
    } catch (e) {
      finish({ kind: 'failed', fileName: file.name, errors: [t('fileUnreadable', [file.name, String(e)])] });
      return;
    }
    if (cancelled) return finish(cancelledPhase);

    // The bar moves with every chunk; the words (which a screen reader speaks) every quarter.
    let said = -1;
    const check = runPackCheck(
      text,
      file.name,
      (p) => {
        if (cancelled) return;
        if (p.step === 'parsing') {
          setPhase({ kind: 'busy', text: t('checkingFile', file.name), cancellable: true });
          return;
        }
        const quarter = (n: number) => Math.floor((4 * n) / p.total);
        if (said < 0 || p.done === p.total || quarter(p.done) > quarter(said)) said = p.done;
        setPhase({
          kind: 'busy',
          text: t('checkingFacts', [file.name, said, p.total]),
          done: p.done,
          total: p.total,
          cancellable: true,
        });
      },
      makeWorker,
    );
    cancel.current = () => {
      cancelled = true;
      check.cancel();
    };
    const checked = await check.result;
    if (cancelled || checked === 'cancelled') return finish(cancelledPhase);
    if (!checked.ok) return finish({ kind: 'failed', fileName: file.name, errors: checked.errors });

    // From here the pack is being written: too late to cancel.
    cancel.current = undefined;
    setPhase({ kind: 'busy', text: t('savingPack', checked.pack.name), cancellable: false });
    const result = await saveCheckedPack(checked.pack, file.name).catch(
      (e): ImportResult => ({ ok: false, errors: [`${file.name}: ${e instanceof Error ? e.message : String(e)}`] }),
    );
    if (result.ok) {
      finish({ kind: 'done', text: t('importedPackFacts', [result.pack.name, tn('factCount', result.facts)]) });
      onSaved(result.settings);
    } else {
      finish({ kind: 'failed', fileName: file.name, errors: result.errors });
    }
  };

  const busy = phase.kind === 'busy';
  return (
    <div class="import">
      <h3>{t('importAPack')}</h3>
      <p class="hint">{t('importAPackHint', formatSize(MAX_IMPORT_BYTES))}</p>
      <div class="import-controls">
        <label class={`btn btn-primary file-btn${busy ? ' is-busy' : ''}`}>
          <input
            ref={input}
            type="file"
            accept=".json,application/json"
            class="file-input"
            disabled={busy}
            onChange={(e) => {
              const file = (e.target as HTMLInputElement).files?.[0];
              if (file) void onFile(file);
            }}
          />
          {t('chooseJsonFile')}
        </label>
        {busy && phase.cancellable && (
          <button
            type="button"
            class="btn import-cancel"
            onClick={() => {
              refocus.current = true;
              cancel.current?.();
            }}
          >
            {t('cancelImport')}
          </button>
        )}
      </div>
      <div class="import-status" role="status" aria-live="polite">
        {phase.kind === 'busy' && (
          <div class="progress-line">
            {phase.total ? (
              <progress max={phase.total} value={phase.done} aria-label={t('importProgress')} />
            ) : (
              <progress aria-label={t('importProgress')} />
            )}
            <span>{phase.text}</span>
          </div>
        )}
        {phase.kind === 'done' && <p class="ok">{phase.text}</p>}
        {phase.kind === 'cancelled' && <p>{phase.text}</p>}
      </div>
      {phase.kind === 'failed' && (
        <div class="import-errors" role="alert">
          <p>
            {t('fileNotImported', phase.fileName)}{' '}
            {phase.errors.length > 1 ? tn('problemCount', phase.errors.length) : ''}
          </p>
          <ul>
            {phase.errors.map((e, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: messages may repeat; order is stable
              <li key={i}>{e}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
