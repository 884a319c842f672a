/**
 * A tiny extension that misbehaves on purpose (off-machine fetches, console errors, uncaught
 * errors) so harness-selfcheck.e2e.ts can prove the harness notices. Built at test time into
 * .tmp/canary-<browser>; the files live in ./canary.
 */
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GECKO_ID } from '../../../scripts/browser-manifest.ts';
import { TMP } from './paths.ts';
import type { BrowserName } from './types.ts';

export function buildCanary(browser: BrowserName): string {
  const dir = join(TMP, `canary-${browser}`);
  mkdirSync(dir, { recursive: true });
  cpSync(join(import.meta.dirname, 'canary'), dir, { recursive: true });
  const background = browser === 'chromium' ? { service_worker: 'background.js' } : { scripts: ['background.js'] };
  const manifest = {
    manifest_version: 3,
    name: 'Second Source harness canary',
    version: '1.0.0',
    permissions: ['storage'],
    action: { default_title: 'canary' },
    background,
    content_scripts: [{ matches: ['http://*/*'], js: ['content.js'], run_at: 'document_idle' }],
    // Same add-on id as Second Source, so the pinned moz-extension UUID applies.
    ...(browser === 'firefox' ? { browser_specific_settings: { gecko: { id: GECKO_ID } } } : {}),
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  return dir;
}
