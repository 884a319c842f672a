/** The popup's non-list states: loading skeleton, nothing found, off for this site, unreadable page. */
import { t } from '../ui/i18n.ts';

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
      <h2>{t('nothingOnThisPage')}</h2>
      <p>{t('whatItLooksFor')}</p>
    </div>
  );
}

export function OffState({ host }: { host: string }) {
  return (
    <div class="state">
      <h2>{t('offOnThisSite')}</h2>
      <p>{t('nothingMarkedOnHost', host)}</p>
    </div>
  );
}

export function UnreachableState() {
  return (
    <div class="state">
      <h2>{t('cannotReadThisPage')}</h2>
      <p>{t('pagesClosedToExtensions')}</p>
    </div>
  );
}
