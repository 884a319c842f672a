/** How mentions are marked on pages, with a live preview. */
import { HIGHLIGHT_STYLES } from '../settings/sanitize.ts';
import { setHighlightStyle } from '../settings/store.ts';
import type { HighlightStyle, Settings } from '../settings/types.ts';

const LABELS: Record<HighlightStyle, { name: string; hint: string }> = {
  underline: { name: 'Underline', hint: 'A dotted line under the words with a faint tint; the quietest mark.' },
  background: { name: 'Background', hint: 'A soft highlighter colour behind the words.' },
  outline: { name: 'Outline', hint: 'Thin lines above and below the words.' },
  none: { name: 'None', hint: 'Nothing is marked; use the popup or Alt+Shift+N to step through facts.' },
};

interface Props {
  settings: Settings;
  save: (action: () => Promise<Settings>) => Promise<boolean>;
}

export function StyleSection({ settings, save }: Props) {
  const current = settings.highlightStyle;
  return (
    <section class="card" aria-labelledby="style-h">
      <h2 id="style-h">Highlight style</h2>
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
                <span class="radio-name">{LABELS[style].name}</span>
                <span class="radio-hint" id={`style-${style}-hint`}>
                  {LABELS[style].hint}
                </span>
              </span>
            </label>
          ))}
        </div>
        <figure class="preview" aria-label="Preview">
          <figcaption>Preview</figcaption>
          <p class={`sample hl-${current}`} data-style={current}>
            China–Russia trade rose 34.3% to <mark class="ss-mark">a record $190 billion</mark> in 2022, as Xi arrived
            in Moscow.
          </p>
        </figure>
      </div>
    </section>
  );
}
