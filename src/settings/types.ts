/**
 * Reader settings as stored in browser.storage.local. Shared by background, content script,
 * popup and options; the store itself lives in src/settings/store.ts, the tolerant reader in
 * src/settings/sanitize.ts.
 */
export type HighlightStyle = 'underline' | 'background' | 'outline' | 'none';

export interface StoredPack {
  id: string;
  name: string;
  version: string;
  enabled: boolean;
  /** The bundled pack can be disabled, never removed; its data is not stored. */
  builtin: boolean;
  /** Imported packs only: the validated pack JSON. */
  data?: unknown;
  importedAt?: string;
  /** Set when reading: why the stored data cannot be used (never written to storage). */
  problem?: string;
}

export interface Settings {
  /** Hostnames where Second Source is off (exact hostnames, e.g. "www.example.com"). */
  disabledSites: string[];
  highlightStyle: HighlightStyle;
  packs: StoredPack[];
}

export const DEFAULT_SETTINGS: Settings = {
  disabledSites: [],
  highlightStyle: 'underline',
  packs: [],
};

export const SETTINGS_KEY = 'settings';
