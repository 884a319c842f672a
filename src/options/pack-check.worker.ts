/**
 * The pack check off the options page's main thread: a module worker from the extension's own origin.
 * A thin shell over pack-check.ts: it posts each step's progress, then the result. Cancelling is the
 * page terminating the worker; the worker writes nothing anywhere.
 */
import { type CheckMessage, type CheckRequest, checkPackSteps } from './pack-check.ts';

const post = (message: CheckMessage) => postMessage(message);

addEventListener('message', (event: MessageEvent<CheckRequest>) => {
  const { text, file } = event.data;
  const steps = checkPackSteps(text, file);
  for (;;) {
    const next = steps.next();
    if (next.done) {
      post({ kind: 'result', result: next.value });
      return;
    }
    post({ kind: 'progress', progress: next.value });
  }
});
