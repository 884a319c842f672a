/** The popup's non-list states: loading skeleton, nothing found, off for this site, unreadable page. */

export function SkeletonRows({ label }: { label: string }) {
  return (
    <div class="skeleton" role="status">
      <span class="sr-only">{label}</span>
      <div class="sk-line sk-short" aria-hidden="true" />
      {[0, 1, 2].map((i) => (
        <div class="sk-row" key={i} aria-hidden="true">
          <div class="sk-line" />
          <div class="sk-line sk-meta" />
        </div>
      ))}
    </div>
  );
}

export function EmptyState() {
  return (
    <div class="state">
      <h2>No China–Russia trade figures or events on this page.</h2>
      <p>
        Second Source looks for figures and events about China–Russia trade, e.g. 2022 bilateral trade, Power of Siberia
        gas, Xi–Putin meetings, and shows what other outlets reported.
      </p>
    </div>
  );
}

export function OffState({ host }: { host: string }) {
  return (
    <div class="state">
      <h2>Second Source is off on this site</h2>
      <p>Nothing is marked on {host}. Turn it back on below to see what other outlets reported.</p>
    </div>
  );
}

export function UnreachableState() {
  return (
    <div class="state">
      <h2>Second Source can't read this page</h2>
      <p>
        Browser pages (chrome://, about:), add-on stores and built-in viewers are closed to extensions. If this page was
        open before Second Source was installed, reload it.
      </p>
    </div>
  );
}
