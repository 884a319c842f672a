/**
 * The options page's view of the settings: loaded once, kept in step with storage (the popup or
 * another tab may change them), and saved through the store with a quiet "Saved" status.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { sanitizeSettings } from '../settings/sanitize.ts';
import { loadSettingsWithProblems, SettingsError } from '../settings/store.ts';
import { SETTINGS_KEY, type Settings } from '../settings/types.ts';

export type SaveStatus = { kind: 'idle' | 'saving' | 'saved' } | { kind: 'error'; message: string };

export function useSettings() {
  const [settings, setSettings] = useState<Settings | undefined>();
  const [problems, setProblems] = useState<string[]>([]);
  const [saveStatus, setSaveStatus] = useState<SaveStatus>({ kind: 'idle' });
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const reload = useCallback(async () => {
    const { settings, problems } = await loadSettingsWithProblems();
    setSettings(settings);
    setProblems(problems);
  }, []);

  useEffect(() => {
    void reload();
    // The change carries the new value: read as loadSettings would read it, without reading storage
    // again (a pack of thousands of facts makes every read cost the page a moment).
    const onChanged = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
      const change = changes[SETTINGS_KEY];
      if (area !== 'local' || !change) return;
      const { settings, problems } = sanitizeSettings(change.newValue);
      setSettings(settings);
      setProblems(problems);
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      browser.storage.onChanged.removeListener(onChanged);
      clearTimeout(timer.current);
    };
  }, [reload]);

  /** Runs one store action; true when it saved. Errors show in the status line. */
  const save = useCallback(async (action: () => Promise<Settings>): Promise<boolean> => {
    clearTimeout(timer.current);
    setSaveStatus({ kind: 'saving' });
    try {
      setSettings(await action());
      setSaveStatus({ kind: 'saved' });
      timer.current = setTimeout(() => setSaveStatus({ kind: 'idle' }), 2500);
      return true;
    } catch (e) {
      const message = e instanceof SettingsError ? e.errors.join(' ') : e instanceof Error ? e.message : String(e);
      setSaveStatus({ kind: 'error', message });
      return false;
    }
  }, []);

  /** Something saved outside `save` (an import): show "Saved" and the value written. */
  const saved = useCallback((next: Settings) => {
    clearTimeout(timer.current);
    setSaveStatus({ kind: 'saved' });
    timer.current = setTimeout(() => setSaveStatus({ kind: 'idle' }), 2500);
    setSettings(next);
  }, []);

  return { settings, problems, saveStatus, save, saved, reload, setSaveStatus };
}
