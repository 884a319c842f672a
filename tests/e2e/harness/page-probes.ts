/**
 * Functions that run inside the page's main world (passed to evaluate, so each one is
 * self-contained: no imports, no outer variables). CSS.highlights is one registry per document, so
 * the main world sees what the content script's isolated world registered (checked in Chromium
 * 156 and Firefox 153).
 */

export function probeHighlights(): Record<string, number> {
  const out: Record<string, number> = {};
  const registry = (globalThis as unknown as { CSS?: { highlights?: Map<string, { size: number }> } }).CSS?.highlights;
  if (!registry) return out;
  registry.forEach((h, name) => {
    if (name.startsWith('second-source')) out[name] = h.size;
  });
  return out;
}

export function probeMarkCount(): number {
  return document.querySelectorAll('[data-second-source]').length;
}

/** textContent of `selector` inside #second-source-host's open shadow root, or null. */
export function probeShadowText(selector: string): string | null {
  const root = document.querySelector('#second-source-host')?.shadowRoot;
  const el = root?.querySelector(selector);
  return el ? (el.textContent ?? '') : null;
}

/** Centre of the first element matching `selector` (open shadow roots searched too), scrolled into view. */
export function probeElementPoint(selector: string): { x: number; y: number } | null {
  const find = (root: Document | ShadowRoot): Element | null => {
    const hit = root.querySelector(selector);
    if (hit) return hit;
    for (const el of root.querySelectorAll('*')) {
      const inner = el.shadowRoot ? find(el.shadowRoot) : null;
      if (inner) return inner;
    }
    return null;
  };
  const el = find(document);
  if (!el) return null;
  el.scrollIntoView({ block: 'center', inline: 'center' });
  const r = el.getBoundingClientRect();
  return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
}

/** Centre of the n-th occurrence (0-based) of `text` in the page's text, outside Second Source's host. */
export function probeTextPoint([text, occurrence]: [string, number]): { x: number; y: number } | null {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) =>
      n.parentElement?.closest('#second-source-host, script, style')
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  let seen = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const value = node.nodeValue ?? '';
    for (let at = value.indexOf(text); at >= 0; at = value.indexOf(text, at + 1)) {
      if (seen++ < occurrence) continue;
      node.parentElement?.scrollIntoView({ block: 'center' });
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + text.length);
      const r = range.getClientRects()[0] ?? range.getBoundingClientRect();
      return { x: r.left + Math.min(r.width / 2, 40), y: r.top + r.height / 2 };
    }
  }
  return null;
}
