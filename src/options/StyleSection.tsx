/** How mentions are marked on pages, with a live preview. */
import { HIGHLIGHT_STYLES } from '../settings/sanitize.ts';
import { setHighlightStyle } from '../settings/store.ts';
import type { HighlightStyle, Settings } from '../settings/types.ts';
import { formatNumber, type MessageKey, t, tSlots } from '../ui/i18n.ts';

const LABELS: Record<HighlightStyle, { name: MessageKey; hint: MessageKey }> = {
  underline: { name: 'underline', hint: 'underlineHint' },
  background: { name: 'background', hint: 'backgroundHint' },
  outline: { name: 'outline', hint: 'outlineHint' },
  none: { name: 'noHighlight', hint: 'noHighlightHint' },
};

interface Props {
  settings: Settings;
  save: (action: () => Promise<Settings>) => Promise<boolean>;
}

export function StyleSection({ settings, save }: Props) {
  const current = settings.highlightStyle;
  return (
    <section class="card" aria-labelledby="style-h">
      <h2 id="style-h">{t('highlightStyle')}</h2>
      <div class="style-grid">
        <div class="radios" role="radiogroup" aria-labelledby="style-h">
          {HIGHLIGHT_STYLES.map((style) => (
            <label key={style} class="radio">
              <input
                type="radio"
                name="highlight-style"
                value={style}
                checked={current === style}
                aria-describedby={`style-${style}-hint`}
                onChange={() => void save(() => setHighlightStyle(style))}
              />
              <span>
                <span class="radio-name">{t(LABELS[style].name)}</span>
                <span class="radio-hint" id={`style-${style}-hint`}>
                  {t(LABELS[style].hint)}
                </span>
              </span>
            </label>
          ))}
        </div>
        <figure class="preview" aria-label={t('preview')}>
          <figcaption>{t('preview')}</figcaption>
          <p class={`sample hl-${current}`} data-style={current}>
            {tSlots('previewSentence', [
              <mark key="figure" class="ss-mark">
                {t('previewFigure', formatNumber(190e9, { style: 'currency', currency: 'USD', notation: 'compact' }))}
              </mark>,
            ])}
          </p>
        </figure>
      </div>
    </section>
  );
}
