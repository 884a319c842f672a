/**
 * Firefox extension errors that no page event reports: the background page's console.error (hooked
 * through runtime.getBackgroundPage, from an extension document) and uncaught errors anywhere in
 * the extension (read from the browser's stdout, "JavaScript error: moz-extension://…").
 */
import type { ChildProcess } from 'node:child_process';
import type { ConsoleError } from './types.ts';

declare const browser: import('webextension-polyfill').Browser;

/** Runs in an extension document. Installs the hook once per background page; `reset` empties it. */
export async function backgroundErrorHook(reset?: boolean): Promise<void> {
  const bg = (await browser.runtime.getBackgroundPage()) as unknown as {
    console: Console;
    __secondSourceErrors?: { text: string }[];
  } | null;
  if (!bg) return;
  if (bg.__secondSourceErrors) {
    if (reset) bg.__secondSourceErrors.length = 0;
    return;
  }
  const log: { text: string }[] = [];
  bg.__secondSourceErrors = log;
  const original = bg.console.error.bind(bg.console);
  bg.console.error = (...args: unknown[]) => {
    log.push({ text: args.map((a) => (a instanceof Error ? (a.stack ?? a.message) : String(a))).join(' ') });
    original(...args);
  };
}

/** Runs in an extension document (self-contained: evaluate sends only this function's source). */
export async function readBackgroundErrors(): Promise<ConsoleError[]> {
  const bg = (await browser.runtime.getBackgroundPage()) as unknown as {
    __secondSourceErrors?: { text: string }[];
  } | null;
  return (bg?.__secondSourceErrors ?? []).map((e) => ({
    origin: 'extension' as const,
    text: e.text,
    source: 'background',
  }));
}

/** Collects "JavaScript error: <origin>/file.js, line N: message" lines into the returned array. */
export function watchStdout(proc: ChildProcess | null, origin: string): ConsoleError[] {
  const found: ConsoleError[] = [];
  let rest = '';
  const pattern = /^JavaScript error: (\S+), line \d+: (.*)$/;
  const onData = (chunk: Buffer) => {
    const lines = (rest + chunk.toString('utf8')).split('\n');
    rest = lines.pop() ?? '';
    for (const line of lines) {
      const m = pattern.exec(line.trim());
      if (m?.[1].startsWith(origin)) found.push({ origin: 'extension', text: m[2], source: m[1].replace(/,$/, '') });
    }
  };
  proc?.stdout?.on('data', onData);
  proc?.stderr?.on('data', onData);
  return found;
}
