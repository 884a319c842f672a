/**
 * `--patch FILE…`: a throw-away copy of the project in .tmp/bench/copy with the patches applied
 * (patch -p1), to measure a proposed change without touching the working tree. The copy has what
 * the build needs: src/, manifest.json, vite.config.ts, scripts/browser-manifest.ts, and links to
 * assets/ and node_modules/.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';

export function patchedCopy(tmp: string, patches: string[]): string {
  const dir = join(tmp, 'bench', 'copy');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'scripts'), { recursive: true });
  cpSync('src', join(dir, 'src'), { recursive: true });
  for (const f of ['manifest.json', 'vite.config.ts', 'package.json', 'tsconfig.json']) cpSync(f, join(dir, f));
  cpSync('scripts/browser-manifest.ts', join(dir, 'scripts/browser-manifest.ts'));
  for (const f of ['assets', 'node_modules']) symlinkSync(resolve(f), join(dir, f));
  for (const p of patches)
    execFileSync('patch', ['-p1', '-s', '-d', dir], { input: readFileSync(p), stdio: ['pipe', 'inherit', 'inherit'] });
  return dir;
}
