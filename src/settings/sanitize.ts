/**
 * Reading settings defensively. Whatever is in storage (an older version's shape, a half-written
 * value, something another tool put there), keep every part that is still valid and fall back to
 * the defaults part by part — never throw, never drop the whole value.
 * Pure: no browser API, so the content script and the tests can use it too.
 */
import { DEFAULT_SETTINGS, type HighlightStyle, type Settings, type StoredPack } from './types.ts';

export const BUNDLED_PACK_ID = 'xi-moscow-2023';
export const HIGHLIGHT_STYLES: readonly HighlightStyle[] = ['underline', 'background', 'outline', 'none'];

export interface Sanitized {
  settings: Settings;
  /** What could not be read, for a quiet note in the options page. Empty when storage was clean. */
  problems: string[];
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * A hostname as the content script compares it with location.hostname; undefined when the
 * input is not one. Accepts what people paste: "https://www.bbc.com/news", "BBC.com", "127.0.0.1".
 */
export function normalizeHost(input: string): string | undefined {
  const trimmed = input.trim();
  if (!trimmed || /\s/.test(trimmed)) return undefined;
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `http://${trimmed}`);
    const host = url.hostname.toLowerCase().replace(/\.$/, '');
    if (!host || !/^[a-z0-9.-]+$|^\[[0-9a-f:.]+\]$/.test(host)) return undefined;
    if (!host.includes('.') && host !== 'localhost' && !host.startsWith('[')) return undefined;
    return host;
  } catch {
    return undefined;
  }
}

function sanitizePack(raw: unknown, at: number, problems: string[]): StoredPack | undefined {
  if (!isObject(raw) || typeof raw.id !== 'string' || !raw.id) {
    problems.push(`Stored pack #${at + 1} has no id and was skipped.`);
    return undefined;
  }
  const id = raw.id;
  const builtin = id === BUNDLED_PACK_ID;
  const pack: StoredPack = {
    id,
    name: typeof raw.name === 'string' && raw.name ? raw.name : id,
    version: typeof raw.version === 'string' ? raw.version : '',
    enabled: typeof raw.enabled === 'boolean' ? raw.enabled : true,
    builtin,
  };
  if (builtin) return pack;
  if (typeof raw.importedAt === 'string') pack.importedAt = raw.importedAt;
  pack.data = raw.data;
  const data = raw.data;
  if (!isObject(data) || data.id !== id || !Array.isArray(data.facts)) {
    // Keep the entry (and its data) so nothing is lost; it is simply not used until removed.
    pack.problem = `The stored data of pack "${pack.name}" is damaged; it is not used. Remove it and import it again.`;
    problems.push(pack.problem);
  }
  return pack;
}

/** Settings from whatever storage returned for SETTINGS_KEY. */
export function sanitizeSettings(raw: unknown): Sanitized {
  const problems: string[] = [];
  if (raw === undefined || raw === null) return { settings: withBundled(structuredCloneDefaults()), problems };
  if (!isObject(raw)) {
    problems.push('Stored settings were unreadable; defaults are shown.');
    return { settings: withBundled(structuredCloneDefaults()), problems };
  }

  let disabledSites: string[] = [];
  if (Array.isArray(raw.disabledSites)) {
    for (const s of raw.disabledSites) {
      const host = typeof s === 'string' ? normalizeHost(s) : undefined;
      if (host && !disabledSites.includes(host)) disabledSites.push(host);
      else if (!host) problems.push(`Skipped an unreadable site entry: ${JSON.stringify(s)?.slice(0, 60)}`);
    }
  } else if (raw.disabledSites !== undefined) {
    problems.push('The list of turned-off sites was unreadable.');
  }
  disabledSites = disabledSites.sort();

  let highlightStyle = DEFAULT_SETTINGS.highlightStyle;
  if (HIGHLIGHT_STYLES.includes(raw.highlightStyle as HighlightStyle))
    highlightStyle = raw.highlightStyle as HighlightStyle;
  else if (raw.highlightStyle !== undefined) problems.push('The highlight style was unreadable; using underline.');

  const packs: StoredPack[] = [];
  if (Array.isArray(raw.packs)) {
    raw.packs.forEach((p, i) => {
      const pack = sanitizePack(p, i, problems);
      if (pack && !packs.some((q) => q.id === pack.id)) packs.push(pack);
    });
  } else if (raw.packs !== undefined) {
    problems.push('The list of claim packs was unreadable.');
  }

  return { settings: withBundled({ disabledSites, highlightStyle, packs }), problems };
}

function structuredCloneDefaults(): Settings {
  return {
    disabledSites: [...DEFAULT_SETTINGS.disabledSites],
    highlightStyle: DEFAULT_SETTINGS.highlightStyle,
    packs: [],
  };
}

/** The bundled pack always has an entry, first in the list (enabled unless the reader turned it off). */
function withBundled(settings: Settings): Settings {
  const others = settings.packs.filter((p) => p.id !== BUNDLED_PACK_ID);
  const stored = settings.packs.find((p) => p.id === BUNDLED_PACK_ID);
  const bundled: StoredPack = {
    id: BUNDLED_PACK_ID,
    name: stored?.name ?? BUNDLED_PACK_ID,
    version: stored?.version ?? '',
    enabled: stored?.enabled ?? true,
    builtin: true,
  };
  return { ...settings, packs: [bundled, ...others] };
}

/**
 * Checks a settings value before it is written. Returns the problems (empty = fine to write).
 * Stricter than sanitizeSettings: nothing is repaired here.
 */
export function checkSettings(s: Settings): string[] {
  const errors: string[] = [];
  if (!isObject(s)) return ['settings must be an object'];
  if (!Array.isArray(s.disabledSites)) errors.push('disabledSites must be a list');
  else
    for (const h of s.disabledSites)
      if (typeof h !== 'string' || normalizeHost(h) !== h) errors.push(`"${String(h)}" is not a hostname`);
  if (!HIGHLIGHT_STYLES.includes(s.highlightStyle))
    errors.push(`"${String(s.highlightStyle)}" is not a highlight style`);
  if (!Array.isArray(s.packs)) errors.push('packs must be a list');
  else {
    const ids = new Set<string>();
    for (const p of s.packs) {
      if (!isObject(p) || typeof p.id !== 'string' || !p.id) {
        errors.push('every pack needs an id');
        continue;
      }
      if (ids.has(p.id)) errors.push(`pack "${p.id}" is listed twice`);
      ids.add(p.id);
      if (typeof p.enabled !== 'boolean') errors.push(`pack "${p.id}": enabled must be true or false`);
      if (p.id === BUNDLED_PACK_ID && !p.builtin) errors.push(`pack "${p.id}" is the bundled pack`);
      if (p.id !== BUNDLED_PACK_ID && p.builtin) errors.push(`pack "${p.id}" is not bundled`);
    }
    if (!ids.has(BUNDLED_PACK_ID)) errors.push('the bundled pack cannot be removed');
  }
  return errors;
}

/** The value as written to storage: computed fields (problem) left out, the bundled pack without data. */
export function toStored(s: Settings): Settings {
  return {
    disabledSites: [...s.disabledSites],
    highlightStyle: s.highlightStyle,
    packs: s.packs.map(({ problem: _problem, data, ...p }) => (p.builtin ? p : { ...p, data })),
  };
}

/** Is Second Source on for this hostname? */
export function isSiteEnabled(settings: Settings, host: string): boolean {
  return !settings.disabledSites.includes(host.toLowerCase());
}
