/** Brings a mention to the middle of the viewport (instantly; a smooth scroll would leave the card behind). */
export function scrollRangeIntoView(range: Range, win: Window = window): void {
  const margin = 48;
  const height = win.innerHeight;
  const rect = range.getBoundingClientRect();
  if (rect.height > 0 && rect.top >= margin && rect.bottom <= height - margin) return;
  const start = range.startContainer;
  const el = start.nodeType === 1 ? (start as Element) : start.parentElement;
  el?.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' as ScrollBehavior });
  const after = range.getBoundingClientRect();
  if (after.top < 0 || after.bottom > height)
    win.scrollBy({ top: after.top - height / 2, behavior: 'instant' as ScrollBehavior });
}
