/** The per-browser differences applied to the top-level manifest.json. */
export type Target = 'chrome' | 'firefox';

export const GECKO_ID = 'second-source@second-source.invalid';

type Manifest = Record<string, unknown> & { background?: Record<string, unknown> };

export function browserManifest(base: Manifest, target: Target): Manifest {
  if (target === 'chrome') return base;
  const { service_worker, ...background } = (base.background ?? {}) as { service_worker?: string };
  return {
    ...base,
    // Firefox MV3 runs background scripts as an event page, not a service worker.
    background: { ...background, scripts: [service_worker] },
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: '142.0' },
    },
  };
}
