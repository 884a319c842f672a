/**
 * Real-browser tests: tests/e2e/**\/*.e2e.ts, each suite once per browser ("chromium: …", "firefox: …").
 * Needs a build first (npm run test:e2e does it). One file at a time: 2 cores, two browsers.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
    reporters: ['verbose'],
    retry: process.env.CI ? 1 : 0,
  },
});
