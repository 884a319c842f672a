/** Reads one CLI input (a path or "-" for stdin) as text, refusing what it cannot read with a clear message. */
import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { htmlToText } from './html-text.ts';

export const MAX_INPUT_BYTES = 25 * 1024 * 1024;

export type Input = { ok: true; path: string; text: string } | { ok: false; path: string; error: string };

export function readInput(path: string): Input {
  try {
    let bytes: Buffer;
    if (path === '-') {
      bytes = readFileSync(0);
    } else {
      const stat = statSync(path, { throwIfNoEntry: false });
      if (!stat) return { ok: false, path, error: 'no such file' };
      if (stat.isDirectory()) return { ok: false, path, error: 'is a folder, not a file' };
      if (stat.size > MAX_INPUT_BYTES) return { ok: false, path, error: tooLarge(stat.size) };
      bytes = readFileSync(path);
    }
    if (bytes.length > MAX_INPUT_BYTES) return { ok: false, path, error: tooLarge(bytes.length) };
    if (bytes.subarray(0, 8192).includes(0))
      return { ok: false, path, error: 'looks binary (it holds NUL bytes); give a .txt or .html file' };
    const raw = bytes.toString('utf8');
    const isHtml = /\.x?html?$/i.test(extname(path)) || (path === '-' && /^\s*<(?:!doctype|html)/i.test(raw));
    return { ok: true, path, text: isHtml ? htmlToText(raw) : raw };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return {
      ok: false,
      path,
      error: code === 'EACCES' ? 'permission denied' : `cannot read (${code ?? (err as Error).message})`,
    };
  }
}

function tooLarge(bytes: number): string {
  return `too large (${(bytes / 1024 / 1024).toFixed(1)} MB); the limit is ${MAX_INPUT_BYTES / 1024 / 1024} MB`;
}
