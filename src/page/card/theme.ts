/**
 * Card theme from the page's own background: a dark page gets a dark card even when the system is
 * light, and the other way round. Two getComputedStyle calls when the card opens, nothing else.
 * Undefined when the page has no opaque background (the card follows prefers-color-scheme).
 */
export function pageTheme(doc: Document = document): 'light' | 'dark' | undefined {
  const win = doc.defaultView;
  if (!win) return undefined;
  for (const el of [doc.body, doc.documentElement]) {
    if (!el) continue;
    const rgba = parseColor(win.getComputedStyle(el).backgroundColor);
    if (rgba && rgba[3] > 0.5) return luminance(rgba) < 0.4 ? 'dark' : 'light';
  }
  return undefined;
}

export function parseColor(color: string): [number, number, number, number] | undefined {
  const m = /rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)/.exec(color);
  if (!m) return undefined;
  let alpha = m[4] === undefined ? 1 : Number.parseFloat(m[4]);
  if (m[4]?.endsWith('%')) alpha /= 100;
  return [Number(m[1]), Number(m[2]), Number(m[3]), alpha];
}

/** Relative luminance (WCAG) of an sRGB colour, 0 (black) – 1 (white). */
export function luminance([r, g, b]: [number, number, number, number]): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}
