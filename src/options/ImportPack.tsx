/**
 * Import a claim pack from a .json file: size check before reading, then read → check → save
 * with visible progress; errors are listed in an alert, each naming the file, fact and field.
 */
import { useRef, useState } from 'preact/hooks';
import { type ImportResult, importPack, MAX_IMPORT_BYTES } from '../settings/store.ts';
import { formatSize, t, tn } from '../ui/i18n.ts';

type Phase =
  | { kind: 'idle' }
  | { kind: 'busy'; step: 1 | 2; text: string }
  | { kind: 'done'; text: string }
  | { kind: 'failed'; fileName: string; errors: string[] };

const STEPS = 2;
/** Let the browser paint the progress before the next (synchronous) step. */
const paint = () => new Promise<void>((r) => setTimeout(r, 16));

export function ImportPack({ onSaved }: { onSaved: () => void }) {
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const input = useRef<HTMLInputElement>(null);

  const onFile = async (file: File) => {
    if (file.size > MAX_IMPORT_BYTES) {
      setPhase({
        kind: 'failed',
        fileName: file.name,
        errors: [t('fileTooLarge', [file.name, formatSize(file.size), formatSize(MAX_IMPORT_BYTES)])],
      });
      return;
    }
    setPhase({ kind: 'busy', step: 1, text: t('readingFile', [file.name, formatSize(file.size)]) });
    await paint();
    let text: string;
    try {
      text = await file.text();
    } catch (e) {
      setPhase({ kind: 'failed', fileName: file.name, errors: [t('fileUnreadable', [file.name, String(e)])] });
      return;
    }
    setPhase({ kind: 'busy', step: 2, text: t('checkingFile', file.name) });
    await paint();
    const result = await importPack(text, file.name).catch(
      (e): ImportResult => ({ ok: false, errors: [`${file.name}: ${e instanceof Error ? e.message : String(e)}`] }),
    );
    if (result.ok) {
      setPhase({ kind: 'done', text: t('importedPackFacts', [result.pack.name, tn('factCount', result.facts)]) });
      onSaved();
    } else {
      setPhase({ kind: 'failed', fileName: file.name, errors: result.errors });
    }
    if (input.current) input.current.value = '';
  };

  const busy = phase.kind === 'busy';
  return (
    <div class="import">
      <h3>{t('importAPack')}</h3>
      <p class="hint">{t('importAPackHint', formatSize(MAX_IMPORT_BYTES))}</p>
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
      <div class="import-status" role="status" aria-live="polite">
        {phase.kind === 'busy' && (
          <div class="progress-line">
            <progress max={STEPS} value={phase.step} aria-label={t('importProgress')} />
            <span>{phase.text}</span>
          </div>
        )}
        {phase.kind === 'done' && <p class="ok">{phase.text}</p>}
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
