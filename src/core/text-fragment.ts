/**
 * A link that opens a page at the words a report quotes: a URL text fragment (`#:~:text=`, WICG
 * Scroll-to-Text-Fragment). The words are percent-encoded as the spec asks, "-", "&" and "," included
 * (they separate the directive's parts); an address's own fragment is kept before the directive.
 */
export function textFragmentUrl(url: string, words: string): string | undefined {
  if (!/^https?:\/\//i.test(url)) return undefined;
  const text = words.replace(/\s+/g, ' ').trim();
  if (!text) return url;
  const encoded = encodeURIComponent(text).replace(/-/g, '%2D');
  const hash = url.indexOf('#');
  if (hash < 0) return `${url}#:~:text=${encoded}`;
  const base = url.slice(0, hash);
  const fragment = url.slice(hash + 1).split(':~:')[0];
  return `${base}#${fragment}:~:text=${encoded}`;
}
