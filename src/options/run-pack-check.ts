/**
 * Starts the pack check for the options page: in a module worker (pack-check.worker.ts), so that a
 * pack of ten thousand facts does not freeze the page, with its progress reported as it goes and a
 * cancel that stops it at once. Where no worker can run (it fails to start, or the page has no Worker)
 * the same steps run on the page, letting it paint between chunks.
 */
import type { PackResult } from '../core/validate-pack.ts';
import { type CheckMessage, type CheckProgress, type CheckRequest, checkPackSteps } from './pack-check.ts';

export interface RunningCheck {
  /** The check's result, or 'cancelled'. */
  result: Promise<PackResult | 'cancelled'>;
  /** Stops the check; its result becomes 'cancelled'. Does nothing once the result is in. */
  cancel(): void;
}

export type WorkerFactory = () => Worker | undefined;

/** The bundler sees `new Worker(new URL(…, import.meta.url))` and builds the worker as its own file. */
export const moduleWorker: WorkerFactory = () =>
  typeof Worker === 'function'
    ? new Worker(new URL('./pack-check.worker.ts', import.meta.url), { type: 'module', name: 'pack-check' })
    : undefined;

export function runPackCheck(
  text: string,
  file: string,
  onProgress: (p: CheckProgress) => void,
  makeWorker: WorkerFactory = moduleWorker,
): RunningCheck {
  let settle: (r: PackResult | 'cancelled') => void = () => {};
  let finished = false;
  let stop = () => {};
  const result = new Promise<PackResult | 'cancelled'>((resolve) => {
    settle = (r) => {
      if (finished) return;
      finished = true;
      stop();
      resolve(r);
    };
  });

  const inPage = () => {
    let cancelled = false;
    stop = () => {
      cancelled = true;
    };
    void (async () => {
      const steps = checkPackSteps(text, file);
      for (;;) {
        const next = steps.next();
        if (next.done) return settle(next.value);
        onProgress(next.value);
        await new Promise((r) => setTimeout(r, 0));
        if (cancelled) return;
      }
    })();
  };

  let worker: Worker | undefined;
  try {
    worker = makeWorker();
  } catch {
    worker = undefined;
  }
  if (!worker) {
    inPage();
  } else {
    const w = worker;
    let heard = false;
    stop = () => w.terminate();
    w.addEventListener('message', (event: MessageEvent<CheckMessage>) => {
      heard = true;
      if (finished) return;
      const message = event.data;
      if (message.kind === 'progress') onProgress(message.progress);
      else settle(message.result);
    });
    // A worker that cannot start (its script refused or missing): the same check on the page.
    w.addEventListener('error', (event) => {
      event.preventDefault();
      if (finished) return;
      w.terminate();
      if (heard) settle({ ok: false, errors: [`${file}: the check stopped: ${event.message || 'unknown error'}`] });
      else inPage();
    });
    w.postMessage({ text, file } satisfies CheckRequest);
  }

  return {
    result,
    cancel: () => settle('cancelled'),
  };
}
