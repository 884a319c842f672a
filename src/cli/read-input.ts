/** Reads CLI inputs (a path, or "-" for stdin) as text, refusing what it cannot read with a clear message. */
import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { htmlToText } from './html-text.ts';

export const MAX_INPUT_BYTES = 25 * 1024 * 1024;

export type Input = { ok: true; path: string; text: string } | { ok: false; path: string; error: string };

/** The file's bytes, or why they cannot be had: "no such file", "is a directory", too large, permission denied. */
export function readBytes(path: string): { ok: true; bytes: Buffer } | { ok: false; error: string } {
  try {
    let bytes: Buffer;
    if (path === '-') {
      bytes = readFileSync(0);
    } else {
      const stat = statSync(path, { throwIfNoEntry: false });
      if (!stat) return { ok: false, error: 'no such file' };
      if (stat.isDirectory()) return { ok: false, error: 'is a directory' };
      if (stat.size > MAX_INPUT_BYTES) return { ok: false, error: tooLarge(stat.size) };
      bytes = readFileSync(path);
    }
    if (bytes.length > MAX_INPUT_BYTES) return { ok: false, error: tooLarge(bytes.length) };
    return { ok: true, bytes };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return {
      ok: false,
      error: code === 'EACCES' ? 'permission denied' : `cannot read (${code ?? (err as Error).message})`,
    };
  }
}

/** A .txt file's text, or an .html file's visible text; "-" reads standard input and sniffs for HTML. */
export function readInput(path: string): Input {
  const read = readBytes(path);
  if (!read.ok) return { ok: false, path, error: read.error };
  const { bytes } = read;
  if (bytes.subarray(0, 8192).includes(0))
    return { ok: false, path, error: 'looks binary (it holds NUL bytes); give a .txt or .html file' };
  const raw = bytes.toString('utf8');
  const isHtml = /\.x?html?$/i.test(extname(path)) || (path === '-' && /^\s*<(?:!doctype|html)/i.test(raw));
  return { ok: true, path, text: isHtml ? htmlToText(raw) : raw };
}

function tooLarge(bytes: number): string {
  return `too large (${(bytes / 1024 / 1024).toFixed(1)} MB); the limit is ${MAX_INPUT_BYTES / 1024 / 1024} MB`;
}
