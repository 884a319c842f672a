/**
 * Claim pack validation with messages a person can act on: the file, the fact (by id), the field and the
 * problem — `my-pack.json › fact "trade-2022-total" › reports[2].quote: must not be empty`.
 * Structure comes from the valibot schema; the checks it cannot express (unique ids, known outlets and
 * related facts, band order, a way to match every figure) follow. Pure: no DOM, no browser API, no Node.
 */
import * as v from 'valibot';
import { type ClaimPack, PackSchema } from './schema.ts';

export type PackResult = { ok: true; pack: ClaimPack } | { ok: false; errors: string[] };

/** Largest pack file accepted, in bytes (UTF-8). */
export const MAX_PACK_BYTES = 5 * 1024 * 1024;
/** More errors than this are summarised: a wrong file would otherwise print thousands. */
const MAX_ERRORS = 50;

type PathKey = string | number;
type Issue = v.BaseIssue<unknown>;

export function parsePackText(text: string, file: string): PackResult {
  const read = readPackJson(text, file);
  return read.ok ? validatePack(read.json, file) : read;
}

/** The size check and JSON.parse of parsePackText, without the validation (for a check done in steps). */
export function readPackJson(
  text: string,
  file: string,
): { ok: true; json: unknown } | { ok: false; errors: string[] } {
  const bytes = utf8Length(text);
  if (bytes > MAX_PACK_BYTES) {
    const mb = (n: number) => (n / (1024 * 1024)).toFixed(1);
    return {
      ok: false,
      errors: [`${file}: too large: ${mb(bytes)} MB, the limit is ${MAX_PACK_BYTES / 1024 / 1024} MB`],
    };
  }
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let json: unknown;
  try {
    json = JSON.parse(source);
  } catch (error) {
    return { ok: false, errors: [`${file}: not JSON: ${jsonProblem(error, source)}`] };
  }
  return { ok: true, json };
}

export function validatePack(json: unknown, file: string): PackResult {
  if (Array.isArray(json)) return { ok: false, errors: [`${file}: must be an object, not a list`] };
  if ((json as { schema?: unknown } | null)?.schema === 1)
    return {
      ok: false,
      errors: [
        `${file}: this pack uses format 1, which has no "vocabulary": the engine no longer knows any story by itself, so a format-1 pack would never match. Add "vocabulary" (its entities, currencies and term classes) and set "schema": 2 — see the bundled pack for an example.`,
      ],
    };
  const result = v.safeParse(PackSchema, json);
  if (result.success) return checkParsedPack(result.output, file);
  return summarised(
    [...new Set(result.issues.flatMap((issue) => leafIssues(issue)).map((found) => describeIssue(found, json, file)))],
    file,
  );
}

/**
 * The checks after the schema, on a pack that passed PackSchema: validatePack's result for it
 * (a check done in steps validates the parts with the same schemas, then ends here).
 */
export function checkParsedPack(pack: ClaimPack, file: string): PackResult {
  const errors = semanticErrors(pack, file);
  return errors.length === 0 ? { ok: true, pack } : summarised(errors, file);
}

function summarised(errors: string[], file: string): PackResult {
  if (errors.length > MAX_ERRORS) {
    const more = errors.length - MAX_ERRORS;
    return { ok: false, errors: [...errors.slice(0, MAX_ERRORS), `${file}: … and ${more} more errors`] };
  }
  return { ok: false, errors };
}

interface Located {
  keys: PathKey[];
  issue: Issue;
}

/**
 * The issue with its full path. A union reports one issue holding every branch's issues, with paths relative
 * to the union: keep the branch that got furthest into the value.
 */
function leafIssues(issue: Issue, parent: PathKey[] = []): Located[] {
  const own = (issue.path ?? []).map((item) => item.key as PathKey);
  const keys = parent.length ? [...parent, ...own] : own;
  const inner = issue.issues;
  if (issue.type !== 'union' || !inner?.length) return [{ keys, issue }];
  const depth = (i: Issue) => i.path?.length ?? 0;
  const deepest = Math.max(...inner.map(depth));
  if (deepest === 0) return [{ keys, issue }];
  return inner.filter((i) => depth(i) === deepest).flatMap((i) => leafIssues(i, keys));
}

function describeIssue({ keys, issue }: Located, input: unknown, file: string): string {
  return `${where(file, keys, input)}: ${problem(issue)}`;
}

/** `file › fact "id" › reports[2].quote`, naming facts and outlets by id when the input has one. */
function where(file: string, keys: PathKey[], input: unknown): string {
  const parts = [file];
  let rest = keys;
  const [top, index] = keys;
  if ((top === 'facts' || top === 'outlets') && typeof index === 'number') {
    const id = idAt(input, top, index);
    parts.push(id ? `${top === 'facts' ? 'fact' : 'outlet'} "${id}"` : `${top}[${index}]`);
    rest = keys.slice(2);
  }
  const tail = rest.map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? key : `.${key}`)).join('');
  if (tail) parts.push(tail);
  return parts.join(' › ');
}

function idAt(input: unknown, list: string, index: number): string | undefined {
  if (!isRecord(input) || !Array.isArray(input[list])) return undefined;
  const item: unknown = input[list][index];
  const id = isRecord(item) ? item.id : undefined;
  return typeof id === 'string' && id.trim() ? id : undefined;
}

/** Turns valibot's defaults ("Invalid key: Expected "name" but received undefined") into plain words. */
function problem(issue: Issue): string {
  if (issue.kind !== 'schema') return issue.message;
  if (issue.received === 'undefined') return 'is required';
  if (issue.expected === 'never') return 'is not a known field';
  return `must be ${expectedWords(issue.expected ?? '')}, not ${issue.received}`;
}

function expectedWords(expected: string): string {
  const words: Record<string, string> = {
    string: 'text',
    number: 'a number',
    boolean: 'true or false',
    Object: 'an object',
    Array: 'a list',
    '(Object | Array)': 'an object or a list',
  };
  if (words[expected]) return words[expected];
  const choices = /^\((.*)\)$/.exec(expected);
  return choices ? `one of ${choices[1].split(' | ').join(', ')}` : expected;
}

function semanticErrors(pack: ClaimPack, file: string): string[] {
  const errors: string[] = [];
  const at = (path: PathKey[], message: string) => errors.push(`${where(file, path, pack)}: ${message}`);
  const outletIds = duplicates(pack.outlets, 'outlets', at);
  const factIds = duplicates(pack.facts, 'facts', at);
  const currencies = new Set((pack.vocabulary.currencies ?? []).map((c) => c.code));
  pack.rates?.forEach((rate, i) => {
    for (const side of ['from', 'to'] as const)
      if (!currencies.has(rate[side]))
        at(
          ['rates', i, side],
          `currency ${rate[side]} is not in vocabulary.currencies (${[...currencies].join(', ') || 'none'})`,
        );
  });
  pack.facts.forEach((fact, f) => {
    const base: PathKey[] = ['facts', f];
    fact.reports.forEach((report, r) => {
      if (!outletIds.has(report.outlet)) {
        at(
          [...base, 'reports', r, 'outlet'],
          `unknown outlet "${report.outlet}" (outlets: ${[...outletIds].join(', ') || 'none'})`,
        );
      }
      const value = report.value;
      if (value?.min !== undefined && value.max !== undefined && value.min > value.max) {
        at([...base, 'reports', r, 'value'], `min ${value.min} is greater than max ${value.max}`);
      }
    });
    fact.related?.forEach((link, i) => {
      if (!factIds.has(link.fact)) at([...base, 'related', i, 'fact'], `unknown fact "${link.fact}"`);
    });
    const { band, measure, all, context, exclude, or } = fact.match;
    const classes = pack.vocabulary.terms ?? {};
    const checkTerms = (terms: string[] | undefined, path: PathKey[]) =>
      terms?.forEach((term, i) => {
        if (term.startsWith('@') && !(term.slice(1) in classes))
          at(
            [...path, i],
            `unknown term class "${term}" (vocabulary.terms: ${Object.keys(classes).join(', ') || 'none'})`,
          );
      });
    checkTerms(measure, [...base, 'match', 'measure']);
    checkTerms(exclude, [...base, 'match', 'exclude']);
    all?.forEach((group, g) => {
      checkTerms(group, [...base, 'match', 'all', g]);
    });
    context?.forEach((group, g) => {
      checkTerms(group, [...base, 'match', 'context', g]);
    });
    or?.forEach((frame, k) => {
      frame.all.forEach((group, g) => {
        checkTerms(group, [...base, 'match', 'or', k, 'all', g]);
      });
      frame.context?.forEach((group, g) => {
        checkTerms(group, [...base, 'match', 'or', k, 'context', g]);
      });
    });
    const bands = band === undefined ? [] : Array.isArray(band) ? band : [band];
    bands.forEach((b, i) => {
      const path: PathKey[] = Array.isArray(band) ? [...base, 'match', 'band', i] : [...base, 'match', 'band'];
      if (b.min > b.max) at(path, `min ${b.min} is greater than max ${b.max}`);
    });
    if (fact.kind === 'figure' && !all?.length && !(measure?.length && bands.length)) {
      at([...base, 'match'], 'a figure needs "all" term groups, or both "measure" terms and a "band"');
    }
  });
  return errors;
}

/** Reports repeated ids and returns the set of ids. */
function duplicates(
  items: { id: string }[],
  list: 'facts' | 'outlets',
  at: (path: PathKey[], message: string) => void,
): Set<string> {
  const first = new Map<string, number>();
  items.forEach((item, i) => {
    const seen = first.get(item.id);
    if (seen === undefined) first.set(item.id, i);
    else at([list, i], `duplicate id, also used by ${list}[${seen}]`);
  });
  return new Set(first.keys());
}

/** The engine's words, without its copy of the source, plus where the text stops being JSON. */
function jsonProblem(error: unknown, text: string): string {
  const raw = error instanceof Error ? error.message : String(error);
  const message = raw
    .replace(/^JSON\.parse: /, '')
    .replace(/, ".*" is not valid JSON$/s, '')
    .replace(
      / (?:in JSON )?at (?:position \d+|line \d+ column \d+)(?: \(line \d+ column \d+\))?(?: of the JSON data)?$/,
      '',
    )
    .replace(/\s+/g, ' ')
    .trim();
  const offset = jsonErrorOffset(text);
  if (offset === undefined) return message;
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `${message} (line ${line}, column ${column})`;
}

/** Offset of the first character that breaks the JSON grammar, or undefined when none is found. */
export function jsonErrorOffset(text: string): number | undefined {
  let i = 0;
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i])) i++;
  };
  const fail = (): never => {
    throw i;
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === '{') members('}', true);
    else if (c === '[') members(']', false);
    else if (c === '"') string();
    else {
      const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(i, i + 400));
      if (!literal) fail();
      i += (literal as RegExpExecArray)[0].length;
    }
  };
  const string = (): void => {
    i++;
    while (i < text.length && text[i] !== '"') {
      if (text.charCodeAt(i) < 0x20) fail();
      if (text[i] === '\\') {
        i++;
        if (text[i] === 'u' ? !/^u[0-9a-fA-F]{4}/.test(text.slice(i, i + 5)) : !'"\\/bfnrt'.includes(text[i] ?? 'x'))
          fail();
        if (text[i] === 'u') i += 4;
      }
      i++;
    }
    if (i >= text.length) fail();
    i++;
  };
  const members = (close: string, keyed: boolean): void => {
    i++;
    ws();
    if (text[i] === close) {
      i++;
      return;
    }
    for (;;) {
      if (keyed) {
        ws();
        if (text[i] !== '"') fail();
        string();
        ws();
        if (text[i] !== ':') fail();
        i++;
      }
      value();
      ws();
      if (text[i] === close) {
        i++;
        return;
      }
      if (text[i] !== ',') fail();
      i++;
    }
  };
  try {
    value();
    ws();
    return i < text.length ? i : undefined;
  } catch (at) {
    return typeof at === 'number' ? Math.min(at, text.length) : undefined;
  }
}

function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
