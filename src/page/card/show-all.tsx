/**
 * "Show all N" under a card's first few reports: a real button (Tab, Enter, Space) that says whether
 * the rest is shown (aria-expanded) and which list it opens (aria-controls). The rows it adds come
 * before it, so focus stays on it and the card's scroll stays where it was.
 */
import { t } from '../../ui/i18n.ts';
import { SHOWN_FIRST } from './card-summary.ts';

export function ShowAll({
  expanded,
  total,
  controls,
  onToggle,
}: {
  expanded: boolean;
  total: number;
  controls: string;
  onToggle: () => void;
}) {
  return (
    <button
      type="button"
      class="show-all"
      aria-expanded={expanded ? 'true' : 'false'}
      aria-controls={controls}
      onClick={onToggle}
    >
      {expanded ? t('cardShowFirstOnly', SHOWN_FIRST) : t('cardShowAll', total)}
    </button>
  );
}
