/**
 * Import a claim pack from a .json file: size check before reading, then read → check → save
 * with visible progress; errors are listed in an alert, each naming the file, fact and field.
 */
import { useRef, useState } from 'preact/hooks';
import { formatBytes, type ImportResult, importPack, MAX_IMPORT_BYTES } from '../settings/store.ts';

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
        errors: [`${file.name}: the file is ${formatBytes(file.size)}; packs can be at most 5 MB.`],
      });
      return;
    }
    setPhase({ kind: 'busy', step: 1, text: `Reading ${file.name} (${formatBytes(file.size)})…` });
    await paint();
    let text: string;
    try {
      text = await file.text();
    } catch (e) {
      setPhase({ kind: 'failed', fileName: file.name, errors: [`${file.name}: could not be read (${String(e)}).`] });
      return;
    }
    setPhase({ kind: 'busy', step: 2, text: `Checking ${file.name}…` });
    await paint();
    const result = await importPack(text, file.name).catch(
      (e): ImportResult => ({ ok: false, errors: [`${file.name}: ${e instanceof Error ? e.message : String(e)}`] }),
    );
    if (result.ok) {
      setPhase({ kind: 'done', text: `Imported ${result.pack.name}: ${plural(result.facts, 'fact')}` });
      onSaved();
    } else {
      setPhase({ kind: 'failed', fileName: file.name, errors: result.errors });
    }
    if (input.current) input.current.value = '';
  };

  const busy = phase.kind === 'busy';
  return (
    <div class="import">
      <h3>Import a pack</h3>
      <p class="hint">A JSON file in the claim pack format (at most 5 MB). It is checked before anything is saved.</p>
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
        Choose a .json file…
      </label>
      <div class="import-status" role="status" aria-live="polite">
        {phase.kind === 'busy' && (
          <div class="progress-line">
            <progress max={STEPS} value={phase.step} aria-label="Import progress" />
            <span>{phase.text}</span>
          </div>
        )}
        {phase.kind === 'done' && <p class="ok">{phase.text}</p>}
      </div>
      {phase.kind === 'failed' && (
        <div class="import-errors" role="alert">
          <p>
            {phase.fileName} was not imported; your settings are unchanged.{' '}
            {phase.errors.length > 1 ? `${phase.errors.length} problems:` : ''}
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

function plural(n: number, one: string): string {
  return `${n} ${one}${n === 1 ? '' : 's'}`;
}
