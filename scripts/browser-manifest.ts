/** The per-browser differences applied to the top-level manifest.json. */
export type Target = 'chrome' | 'firefox';

export const GECKO_ID = 'second-source@second-source.invalid';

type Manifest = Record<string, unknown> & { background?: Record<string, unknown> };

export function browserManifest(base: Manifest, target: Target): Manifest {
  if (target === 'chrome') return base;
  // Firefox runs match_about_blank scripts in srcdoc/about:blank frames by their parent's origin, like
  // Chrome, but also in top-level about:blank documents with a null principal (a tab opened blank,
  // before its first page), as long as `matches` covers every web URL; there the loader's import is
  // cut off by the navigation and logs an error on the page. Gecko skips that special case when the
  // script has include_globs (MozDocumentMatcher::Matches, WebExtensionContentScript.cpp): such a
  // document is then matched by its own URL, about:blank, which http(s) patterns never match. "*"
  // lets every other URL through.
  const contentScripts = (base.content_scripts as Record<string, unknown>[] | undefined)?.map((script) =>
    script.match_about_blank ? { ...script, include_globs: ['*'] } : script,
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
