/** Visible text of an HTML document for the CLI: block elements become line breaks; scripts, styles and forms are skipped. */
import { Parser } from 'htmlparser2';

const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'head',
  'textarea',
  'select',
  'option',
  'code',
  'pre',
  'iframe',
  'object',
]);
const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'dd',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'section',
  'table',
  'td',
  'th',
  'tr',
  'ul',
  'title',
]);

export function htmlToText(html: string): string {
  const parts: string[] = [];
  let skipping = 0;
  const hidden: boolean[] = [];
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        const hide =
          SKIP.has(name) ||
          'hidden' in attrs ||
          attrs['aria-hidden'] === 'true' ||
          /display\s*:\s*none/i.test(attrs.style ?? '');
        hidden.push(hide);
        if (hide) skipping++;
        if (BLOCK.has(name)) parts.push('\n');
      },
      onclosetag(name) {
        if (hidden.pop()) skipping--;
        if (BLOCK.has(name)) parts.push('\n');
      },
      ontext(text) {
        if (skipping === 0) parts.push(text);
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  return parts
    .join('')
    .replace(/[ \t\f\r\u00a0]+/g, ' ')
    .replace(/ *\n[\n ]*/g, '\n')
    .trim();
}
