import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { bundledPair } from './scripts/bundled-pair-plugin.ts';

export default defineConfig({
  plugins: [bundledPair(), preact()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    // The extension's words come from _locales/en through src/ui/i18n.ts (no browser.i18n in Node).
    setupFiles: ['tests/unit/setup-i18n.ts'],
    // CLI tests start real processes; on a loaded 2-core machine one can take several seconds.
    testTimeout: 30_000,
  },
});
