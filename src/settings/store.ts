/**
 * The settings store over browser.storage.local. Every write is read-modify-write of one key
 * (SETTINGS_KEY), and nothing is written until the new value has passed checkSettings: a failed
 * import or a bad edit leaves storage exactly as it was.
 */
import browser from 'webextension-polyfill';
import type { ClaimPack } from '../core/schema.ts';
import { parsePackText } from '../core/validate-pack.ts';
import { BUNDLED_PACK_ID, checkSettings, normalizeHost, sanitizeSettings, toStored } from './sanitize.ts';
import { type HighlightStyle, SETTINGS_KEY, type Settings, type StoredPack } from './types.ts';

export { BUNDLED_PACK_ID } from './sanitize.ts';

/** Largest pack file accepted for import. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

export type ImportResult =
  | { ok: true; pack: StoredPack; facts: number; reports: number; settings: Settings }
  | { ok: false; errors: string[] };

/** Settings as stored, with defaults for every missing or unreadable part. Never writes. */
export async function loadSettings(): Promise<Settings> {
  return (await loadSettingsWithProblems()).settings;
}

/** Like loadSettings, plus a list of what could not be read (for the options page). */
export async function loadSettingsWithProblems(): Promise<{ settings: Settings; problems: string[] }> {
  let raw: unknown;
  try {
    raw = (await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY];
  } catch (e) {
    return { ...sanitizeSettings(undefined), problems: [`Could not read settings: ${message(e)}`] };
  }
  return sanitizeSettings(raw);
}

// One write at a time from this page, so two quick clicks cannot undo each other.
let queue: Promise<unknown> = Promise.resolve();

/**
 * Read, change, check, write. `fn` gets a copy and returns the new value (or mutates the copy and
 * returns nothing). Throws, writing nothing, when the new value is invalid or storage refuses it.
 */
export function updateSettings(fn: (s: Settings) => Settings | undefined): Promise<Settings> {
  const run = queue.then(async () => {
    const current = await loadSettings();
    const draft = structuredClone(current);
    const next = fn(draft) ?? draft;
    const errors = checkSettings(next);
    if (errors.length) throw new SettingsError(errors);
    try {
      await browser.storage.local.set({ [SETTINGS_KEY]: toStored(next) });
    } catch (e) {
      throw new SettingsError([storageMessage(e)]);
    }
    return next;
  });
  queue = run.catch(() => undefined);
  return run;
}

export class SettingsError extends Error {
  constructor(readonly errors: string[]) {
    super(errors.join('\n'));
    this.name = 'SettingsError';
  }
}

export async function setSiteEnabled(host: string, on: boolean): Promise<Settings> {
  const h = normalizeHost(host);
  if (!h) throw new SettingsError([`"${host}" is not a site name (try something like www.example.com).`]);
  return updateSettings((s) => {
    const others = s.disabledSites.filter((x) => x !== h);
    s.disabledSites = on ? others : [...others, h].sort();
  });
}

export function setHighlightStyle(style: HighlightStyle): Promise<Settings> {
  return updateSettings((s) => {
    s.highlightStyle = style;
  });
}

export function setPackEnabled(id: string, on: boolean): Promise<Settings> {
  return updateSettings((s) => {
    const pack = s.packs.find((p) => p.id === id);
    if (!pack) throw new SettingsError([`No pack "${id}" is installed.`]);
    pack.enabled = on;
  });
}

export function removePack(id: string): Promise<Settings> {
  return updateSettings((s) => {
    const pack = s.packs.find((p) => p.id === id);
    if (!pack) throw new SettingsError([`No pack "${id}" is installed.`]);
    if (pack.builtin)
      throw new SettingsError([`"${pack.name}" comes with Second Source: it can be turned off, not removed.`]);
    s.packs = s.packs.filter((p) => p.id !== id);
  });
}

/** The bundled pack (loaded on demand). */
export async function bundledPack(): Promise<ClaimPack> {
  return (await import('./bundled.ts')).BUNDLED_PACK;
}

/** Every pack's data by id: the bundled one and each readable imported one. */
export async function packData(settings: Settings): Promise<Map<string, ClaimPack>> {
  const map = new Map<string, ClaimPack>([[BUNDLED_PACK_ID, await bundledPack()]]);
  for (const p of settings.packs) if (!p.builtin && !p.problem) map.set(p.id, p.data as ClaimPack);
  return map;
}

/**
 * Validates a pack file and adds it, enabled. On any problem nothing is written and the errors
 * say which file, fact and field.
 */
export async function importPack(text: string, fileName: string): Promise<ImportResult> {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_IMPORT_BYTES) {
    return { ok: false, errors: [`${fileName}: the file is ${formatBytes(bytes)}; packs can be at most 5 MB.`] };
  }
  const parsed = parsePackText(text, fileName);
  if (!parsed.ok) return { ok: false, errors: parsed.errors };
  return saveCheckedPack(parsed.pack, fileName);
}

/**
 * Adds, enabled, a pack that has passed parsePackText (or the options page's check in steps, which
 * gives the same result), unless its ids clash with an installed pack's; nothing is written then.
 */
export async function saveCheckedPack(pack: ClaimPack, fileName: string): Promise<ImportResult> {
  const stored: StoredPack = {
    id: pack.id,
    name: pack.name,
    version: pack.version,
    enabled: true,
    builtin: false,
    data: pack,
    importedAt: new Date().toISOString(),
  };
  let settings: Settings;
  try {
    const bundled = await bundledPack();
    settings = await updateSettings((s) => {
      const errors = clashes(pack, fileName, s, bundled);
      if (errors.length) throw new SettingsError(errors);
      s.packs.push(stored);
    });
  } catch (e) {
    return { ok: false, errors: e instanceof SettingsError ? e.errors : [`${fileName}: ${message(e)}`] };
  }
  return { ok: true, pack: stored, facts: pack.facts.length, reports: countReports(pack), settings };
}

/**
 * A new pack may not reuse an installed pack's id, nor any fact id an installed pack defines, except
 * the facts of the pack it `extends` (an extracted pack adds reports to those facts).
 */
function clashes(pack: ClaimPack, fileName: string, s: Settings, bundled: ClaimPack): string[] {
  const errors: string[] = [];
  const installed = s.packs.find((p) => p.id === pack.id);
  if (installed) {
    errors.push(
      `${fileName}: a pack with id "${pack.id}" is already installed ("${installed.name}"${installed.version ? ` ${installed.version}` : ''}). ` +
        (installed.builtin ? 'Give your pack its own id.' : 'Remove it first to import this version.'),
    );
    return errors;
  }
  const owners = new Map<string, { name: string; id: string }>();
  for (const f of bundled.facts) owners.set(f.id, { name: bundled.name, id: bundled.id });
  for (const p of s.packs) {
    if (p.builtin || p.problem) continue;
    const data = p.data as ClaimPack;
    // Facts an installed extension adds reports to still belong to the pack it extends.
    for (const f of data.facts ?? [])
      if (f && typeof f.id === 'string' && !(data.extends && owners.get(f.id)?.id === data.extends))
        owners.set(f.id, { name: p.name, id: p.id });
  }
  pack.facts.forEach((f, i) => {
    const owner = owners.get(f.id);
    if (owner && !(pack.extends && owner.id === pack.extends))
      errors.push(
        `${fileName}: fact "${f.id}" (facts[${i}].id) is already defined by the pack "${owner.name}". Use a different id.`,
      );
  });
  return errors;
}

/** The pack as a JSON file's text, for download. */
export async function exportPack(id: string): Promise<{ fileName: string; text: string }> {
  if (id === BUNDLED_PACK_ID) {
    return { fileName: `${id}.json`, text: `${JSON.stringify(await bundledPack(), null, 2)}\n` };
  }
  const pack = (await loadSettings()).packs.find((p) => p.id === id);
  if (!pack) throw new SettingsError([`No pack "${id}" is installed.`]);
  return { fileName: `${id}.json`, text: `${JSON.stringify(pack.data, null, 2)}\n` };
}

export function countReports(pack: ClaimPack): number {
  return pack.facts.reduce((n, f) => n + (Array.isArray(f.reports) ? f.reports.length : 0), 0);
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} bytes`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(0)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

function storageMessage(e: unknown): string {
  const m = message(e);
  if (/quota|QUOTA_BYTES/i.test(m))
    return `Not saved: the browser's storage for Second Source is full (${m}). Remove a pack and try again.`;
  return `Not saved: ${m}`;
}
