/**
 * Packs dist/chrome and dist/firefox into dist/second-source-<browser>-<version>.zip, with
 * manifest.json at the zip root, ready for the Chrome Web Store and addons.mozilla.org.
 * Entries are sorted and dated 1980-01-01 so the same build gives byte-identical zips.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { type Zippable, zipSync } from 'fflate';

const DIST = join(import.meta.dirname, '..', 'dist');
const FIXED_DATE = new Date(1980, 0, 1, 0, 0, 0);

function filesUnder(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? filesUnder(path) : [path];
    });
}

export function zipFolder(dir: string, out: string): { files: number; bytes: number } {
  const manifest = join(dir, 'manifest.json');
  if (!existsSync(manifest)) throw new Error(`${dir} has no manifest.json; run the vite build first`);
  const entries: Zippable = {};
  const files = filesUnder(dir);
  for (const file of files) {
    const name = relative(dir, file).split(sep).join('/');
    // PNGs are already compressed; deflating them again only costs time.
    const level = name.endsWith('.png') ? 0 : 9;
    entries[name] = [readFileSync(file), { level, mtime: FIXED_DATE }];
  }
  const zip = zipSync(entries);
  writeFileSync(out, zip);
  return { files: files.length, bytes: zip.length };
}

function main(): void {
  const targets = process.argv.slice(2).length ? process.argv.slice(2) : ['chrome', 'firefox'];
  for (const target of targets) {
    const dir = join(DIST, target);
    const { version } = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { version: string };
    const out = join(DIST, `second-source-${target}-${version}.zip`);
    const { files, bytes } = zipFolder(dir, out);
    console.log(`${relative(process.cwd(), out)}: ${files} files, ${(bytes / 1024).toFixed(1)} KiB`);
  }
}

main();
