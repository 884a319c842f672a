/** The command line of `npm run extract`: its options with values, its one flag, its one file. */

export interface ExtractArgs {
  url: string;
  outlet?: string;
  date?: string;
  out?: string;
  force: boolean;
  file: string;
}

const WITH_VALUE = ['--url', '--outlet', '--date', '--out'] as const;
type Option = (typeof WITH_VALUE)[number];

/** The arguments, or the one line that says what is wrong with them (a usage error). */
export function parseExtractArgs(
  argv: readonly string[],
): { ok: true; args: ExtractArgs } | { ok: false; error: string } {
  const values = new Map<Option, string>();
  const files: string[] = [];
  let force = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') {
      files.push(...argv.slice(i + 1));
      break;
    }
    const eq = a.startsWith('--') ? a.indexOf('=') : -1;
    const name = eq > 0 ? a.slice(0, eq) : a;
    if ((WITH_VALUE as readonly string[]).includes(name)) {
      const value = eq > 0 ? a.slice(eq + 1) : argv[++i];
      if (value === undefined || (eq < 0 && value.startsWith('--')))
        return { ok: false, error: `${name} needs a value` };
      if (values.has(name as Option)) return { ok: false, error: `${name} given twice` };
      values.set(name as Option, value);
    } else if (a === '--force') force = true;
    else if (a.startsWith('-') && a !== '-') return { ok: false, error: `unknown option ${a}` };
    else files.push(a);
  }
  const url = values.get('--url');
  if (url === undefined)
    return { ok: false, error: '--url is required: the address of the page the file was saved from' };
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false, error: `--url wants a full address like https://news.example/2023/03/21/visit, got "${url}"` };
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
    return { ok: false, error: `--url wants an http or https address, got "${url}"` };
  const date = values.get('--date');
  if (date !== undefined && !isDay(date)) return { ok: false, error: `--date wants YYYY-MM-DD, got "${date}"` };
  const outlet = values.get('--outlet')?.trim();
  if (outlet !== undefined && !outlet) return { ok: false, error: '--outlet wants a name, got an empty one' };
  const out = values.get('--out');
  if (out !== undefined && !out) return { ok: false, error: '--out wants a file name' };
  if (files.length === 0) return { ok: false, error: 'no input file given' };
  if (files.length > 1) return { ok: false, error: `one input file at a time, got ${files.length}` };
  return { ok: true, args: { url, outlet, date, out, force, file: files[0] } };
}

function isDay(date: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}
