/**
 * The Second Source mark, drawn inline so it stays crisp at any zoom and needs no asset request:
 * two overlapping speech cards, the second one highlighted.
 */
export function Logo({ size = 24 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 24 24" aria-hidden="true" focusable="false" class="logo">
      <rect x="2" y="3" width="14" height="12" rx="3" fill="var(--logo-back, #9aa7bd)" />
      <rect x="8" y="9" width="14" height="12" rx="3" fill="var(--logo-front, #1f5bd1)" />
      <rect x="11" y="13" width="8" height="1.8" rx="0.9" fill="#fff" />
      <rect x="11" y="16.4" width="5" height="1.8" rx="0.9" fill="#fff" />
    </svg>
  );
}
