/** The per-browser differences applied to the top-level manifest.json. */
export type Target = 'chrome' | 'firefox';

export const GECKO_ID = 'second-source@second-source.invalid';

type Manifest = Record<string, unknown> & { background?: Record<string, unknown> };

export function browserManifest(base: Manifest, target: Target): Manifest {
  if (target === 'chrome') return base;
  // Firefox also runs match_about_blank scripts in a new tab's initial about:blank, where the
  // loader's import of the content script is cut off by the navigation and logs an error on the page.
  // Firefox therefore does not mark srcdoc/about:blank frames (a known gap, README → Reliability).
  const contentScripts = (base.content_scripts as Record<string, unknown>[] | undefined)?.map(
    ({ match_about_blank: _dropped, ...script }) => script,
  );
  const { service_worker, ...background } = (base.background ?? {}) as { service_worker?: string };
  return {
    ...base,
    content_scripts: contentScripts,
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
