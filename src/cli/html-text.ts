/** Visible text of an HTML document for the CLI: block elements become line breaks; scripts, styles and forms are skipped. */
import { Parser } from 'htmlparser2';
import { BLOCK_TAGS, NON_TEXT_TAGS } from '../core/html-tags.ts';

const SKIP = NON_TEXT_TAGS;
const BLOCK = BLOCK_TAGS;

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
