/** Infers a page's date from its text ("Published: Mar 19, 2023", "22nd March 2023", "2023-03-19"). */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const DATE_PATTERNS: { re: RegExp; read: (m: RegExpExecArray) => [number, number, number] }[] = [
  { re: /\b((?:19|20)\d{2})-(\d{2})-(\d{2})(?!\d)/, read: (m) => [Number(m[1]), Number(m[2]), Number(m[3])] },
  {
    re: new RegExp(String.raw`\b${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d{2})\b`, 'i'),
    read: (m) => [Number(m[3]), monthIndex(m[1]), Number(m[2])],
  },
  {
    re: new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH},?\s+((?:19|20)\d{2})\b`, 'i'),
    read: (m) => [Number(m[3]), monthIndex(m[2]), Number(m[1])],
  },
];

/** The earliest full date written in the text, as YYYY-MM-DD; undefined when there is none. */
export function inferPageDate(text: string): string | undefined {
  let best: { at: number; date: string } | undefined;
  const head = text.slice(0, 200_000);
  for (const { re, read } of DATE_PATTERNS) {
    const m = re.exec(head);
    if (!m || (best && best.at <= m.index)) continue;
    const [y, mo, d] = read(m);
    if (mo < 1 || mo > 12 || d < 1 || d > 31) continue;
    best = { at: m.index, date: `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}` };
  }
  return best?.date;
}

export function yearOfDate(date: string | undefined): number | undefined {
  const m = /^(\d{4})/.exec(date ?? '');
  return m ? Number(m[1]) : undefined;
}

function monthIndex(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}
