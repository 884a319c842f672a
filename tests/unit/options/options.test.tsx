// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import bundledJson from '../../../assets/claims/xi-moscow-2023.json';
import { Options } from '../../../src/options/Options.tsx';
import { SETTINGS_KEY } from '../../../src/settings/types.ts';
import { setMessageSource } from '../../../src/ui/i18n.ts';
import { messageSource } from '../i18n-source.ts';
import { format1 } from '../pack-fixtures.ts';
import { fake, resetFake } from '../settings/fake-browser.ts';
import { asText, tinyPack } from '../settings/packs.ts';
import { click, mount, text, unmount, waitFor } from '../settings/render.ts';

vi.mock('webextension-polyfill', async () => ({ default: (await import('../settings/fake-browser.ts')).fake }));

let root: HTMLElement | undefined;
beforeEach(() => resetFake());
afterEach(async () => {
  if (root) await unmount(root);
  root = undefined;
});

const stored = () => fake.storage.local.dump()[SETTINGS_KEY] as { packs: { id: string }[] } & Record<string, unknown>;
const $ = <T extends Element = HTMLElement>(sel: string) => root?.querySelector<T>(sel) ?? null;

async function ready() {
  root = await mount(<Options />);
  await waitFor(() => expect($('[data-pack="xi-moscow-2023"] .pack-meta')?.textContent).toMatch(/facts?/));
  return root;
}

async function chooseFile(name: string, content: string) {
  const input = $<HTMLInputElement>('input[type="file"]');
  if (!input) throw new Error('no file input');
  const file = new File([content], name, { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

async function typeInto(input: HTMLInputElement | null, value: string) {
  if (!input) throw new Error('no input');
  await act(async () => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

describe('options', () => {
  it('lists the bundled pack with its facts and reports, and no Remove for it', async () => {
    await ready();
    const row = $('[data-pack="xi-moscow-2023"]');
    const facts = bundledJson.facts.length;
    const reports = bundledJson.facts.reduce((n: number, f: { reports: unknown[] }) => n + f.reports.length, 0);
    expect(text(row)).toContain(bundledJson.name);
    expect(text(row)).toContain('Built in');
    expect(text(row?.querySelector('.pack-meta'))).toBe(
      `v${bundledJson.version.replace(/^v/, '')} · ${facts} fact${facts === 1 ? '' : 's'} · ${reports} report${reports === 1 ? '' : 's'}`,
    );
    expect(row?.querySelector('[role="switch"]')?.getAttribute('aria-checked')).toBe('true');
    expect(row?.querySelector('button[aria-label^="Remove"]')).toBeNull();
    expect(row?.querySelector('button[aria-label^="Export"]')).not.toBeNull();
  });

  it('saves the highlight style at once and says so quietly', async () => {
    await ready();
    expect($<HTMLInputElement>('input[value="underline"]')?.checked).toBe(true);
    const outline = $<HTMLInputElement>('input[value="outline"]');
    await act(async () => {
      outline?.click();
    });
    await waitFor(() => expect(stored()).toMatchObject({ highlightStyle: 'outline' }));
    await waitFor(() => expect(text($('.save-line'))).toBe('Saved'));
    expect($('.save-line')?.getAttribute('aria-live')).toBe('polite');
    expect($('.sample')?.getAttribute('data-style')).toBe('outline');
  });

  it('turns a site off from the input and back on from the list', async () => {
    await ready();
    const input = $<HTMLInputElement>('#add-site');
    await typeInto(input, 'not a site');
    await click($('form.add-site button[type="submit"]'));
    expect(text($('#add-site-error'))).toContain('is not a site name');
    expect($('#add-site-error')?.getAttribute('role')).toBe('alert');
    expect(stored()).toBeUndefined();

    await typeInto(input, 'https://news.example.com/world');
    await click($('form.add-site button[type="submit"]'));
    await waitFor(() => expect(stored()).toMatchObject({ disabledSites: ['news.example.com'] }));
    await waitFor(() => expect(text($('.rows'))).toContain('news.example.com'));
    await click($('button[aria-label="Turn back on for news.example.com"]'));
    await waitFor(() => expect(stored()).toMatchObject({ disabledSites: [] }));
    await waitFor(() => expect($('.rows')).toBeNull());
  });

  it('shows import errors in an alert naming the field, and leaves settings untouched', async () => {
    fake.storage.local.seed({
      [SETTINGS_KEY]: { disabledSites: ['keep.example.com'], highlightStyle: 'background', packs: [] },
    });
    await ready();
    const before = fake.storage.local.dump();
    const broken = tinyPack('broken-pack', ['broken-fact']) as unknown as { facts: Record<string, unknown>[] };
    broken.facts[0].kind = 'rumour';
    await chooseFile('broken.json', asText(broken));
    const alert = await waitFor(() => {
      const a = $('[role="alert"].import-errors');
      if (!a) throw new Error('no alert yet');
      return a;
    });
    expect(text(alert)).toContain('broken.json was not imported; your settings are unchanged.');
    expect(text(alert)).toMatch(/broken\.json.*kind/);
    expect(fake.storage.local.dump()).toEqual(before);
    expect(fake.storage.local.set).not.toHaveBeenCalled();
    expect($$('.packs > li')).toHaveLength(1);
    expect(text($('.rows'))).toContain('keep.example.com');
  });

  it('refuses a format-1 pack with the one message saying what to change, settings byte-identical', async () => {
    fake.storage.local.seed({
      [SETTINGS_KEY]: { disabledSites: ['keep.example.com'], highlightStyle: 'background', packs: [] },
    });
    await ready();
    const before = JSON.stringify(fake.storage.local.dump());
    await chooseFile('old.json', asText(format1(tinyPack('old-pack', ['old-fact-2022']))));
    const alert = await waitFor(() => {
      const a = $('[role="alert"].import-errors');
      if (!a) throw new Error('no alert yet');
      return a;
    });
    expect(text(alert)).toContain('old.json was not imported; your settings are unchanged.');
    expect(text(alert)).toContain('old.json: this pack uses format 1, which has no "vocabulary"');
    expect(text(alert)).toContain('"schema": 2');
    expect(JSON.stringify(fake.storage.local.dump())).toBe(before);
    expect(fake.storage.local.set).not.toHaveBeenCalled();
    expect($$('.packs > li')).toHaveLength(1);
  });

  it('rejects a file that is not JSON', async () => {
    await ready();
    await chooseFile('notes.json', 'hello');
    await waitFor(() => expect(text($('[role="alert"].import-errors'))).toContain('notes.json'));
    expect(stored()).toBeUndefined();
  });

  it('imports a valid pack, reports it, and lists it', async () => {
    await ready();
    await chooseFile('widgets.json', asText(tinyPack()));
    await waitFor(() => expect(text($('.import-status'))).toBe('Imported Widget trade: 1 fact'));
    await waitFor(() => expect(text($('[data-pack="widget-pack"]'))).toContain('v1.0.0 · 1 fact · 1 report'));
    expect(stored().packs.map((p) => p.id)).toEqual(['xi-moscow-2023', 'widget-pack']);
    expect($('[role="alert"].import-errors')).toBeNull();
  });

  it('a large pack: the facts checked so far on a progress bar, then the pack with its fact count', async () => {
    await ready();
    const ids = Array.from({ length: 2000 }, (_, i) => `widget-fact-${i}`);
    await chooseFile('big.json', asText(tinyPack('big-pack', ids, 'Big widget pack')));
    const seen = new Set<string>();
    await waitFor(() => {
      const status = text($('.import-status'));
      seen.add(status);
      expect(status).toBe('Imported Big widget pack: 2,000 facts');
    }, 10_000);
    const checking = [...seen].filter((s) => s.startsWith('Checking the facts in big.json: '));
    expect(checking.length).toBeGreaterThan(0);
    // Spoken once a quarter (the bar moves with each chunk of 250).
    expect(checking.every((s) => /: (0|500|1,000|1,500|2,000) of 2,000…$/.test(s))).toBe(true);
    expect(stored().packs.map((p) => p.id)).toEqual(['xi-moscow-2023', 'big-pack']);
  });

  it('cancelling a large import while its facts are checked leaves settings byte-identical', async () => {
    fake.storage.local.seed({
      [SETTINGS_KEY]: { disabledSites: ['keep.example.com'], highlightStyle: 'background', packs: [] },
    });
    await ready();
    const before = JSON.stringify(fake.storage.local.dump());
    const ids = Array.from({ length: 3000 }, (_, i) => `widget-fact-${i}`);
    await chooseFile('big.json', asText(tinyPack('big-pack', ids, 'Big widget pack')));
    const bar = await waitFor(() => {
      const b = $<HTMLProgressElement>('.import-status progress');
      if (!b?.hasAttribute('max')) throw new Error('no facts counted yet');
      return b;
    }, 10_000);
    expect(bar.getAttribute('max')).toBe('3000');
    expect($('.import-status')?.getAttribute('aria-live')).toBe('polite');
    expect(text($('.import-status'))).toMatch(/^Checking the facts in big\.json: [\d,]+ of 3,000…$/);
    await click($('button.import-cancel'));
    await waitFor(() =>
      expect(text($('.import-status'))).toBe('Import of big.json cancelled; your settings are unchanged.'),
    );
    expect($('button.import-cancel')).toBeNull();
    // Focus goes back to the file button, not to the page.
    await waitFor(() => expect(document.activeElement).toBe($('input[type="file"]')));
    await new Promise((r) => setTimeout(r, 50));
    expect(JSON.stringify(fake.storage.local.dump())).toBe(before);
    expect(fake.storage.local.set).not.toHaveBeenCalled();
    expect($$('.packs > li')).toHaveLength(1);
  });

  it('refuses a pack reusing a fact id of the bundled pack, naming it, settings unchanged', async () => {
    await ready();
    const before = JSON.stringify(fake.storage.local.dump());
    const bundledFact = bundledJson.facts[0].id;
    await chooseFile('clash.json', asText(tinyPack('clash-pack', ['fine-fact', bundledFact])));
    const alert = await waitFor(() => {
      const a = $('[role="alert"].import-errors');
      if (!a) throw new Error('no alert yet');
      return a;
    });
    expect(text(alert)).toContain(`clash.json: fact "${bundledFact}" (facts[1].id) is already defined by the pack`);
    expect(JSON.stringify(fake.storage.local.dump())).toBe(before);
  });

  it('follows a change made elsewhere from the change itself, and reads nothing back after an import', async () => {
    await ready();
    const reads = fake.storage.local.get.mock.calls.length;
    // Another tab turns a site off: the change event carries the new value.
    await act(async () => {
      await fake.storage.local.set({
        [SETTINGS_KEY]: { disabledSites: ['elsewhere.example.com'], highlightStyle: 'background', packs: [] },
      });
    });
    await waitFor(() => expect(text($('.rows'))).toContain('elsewhere.example.com'));
    expect(fake.storage.local.get.mock.calls.length).toBe(reads);
    // An import reads the settings once, to add to them, and shows the value it wrote.
    await chooseFile('widgets.json', asText(tinyPack()));
    await waitFor(() => expect(text($('[data-pack="widget-pack"]'))).toContain('v1.0.0 · 1 fact · 1 report'));
    expect(fake.storage.local.get.mock.calls.length).toBe(reads + 1);
    expect(text($('.rows'))).toContain('elsewhere.example.com');
  });

  it('removes an imported pack only after confirming', async () => {
    await ready();
    await chooseFile('widgets.json', asText(tinyPack()));
    await waitFor(() => expect($('[data-pack="widget-pack"]')).not.toBeNull());
    await click($('button[aria-label="Remove Widget trade"]'));
    expect(stored().packs.length).toBe(2);
    await click($('[data-pack="widget-pack"] .confirm .btn:not(.btn-danger)'));
    expect(stored().packs.length).toBe(2);
    await click($('button[aria-label="Remove Widget trade"]'));
    await click($('[data-pack="widget-pack"] .confirm .btn-danger'));
    await waitFor(() => expect($('[data-pack="widget-pack"]')).toBeNull());
    expect(stored().packs.map((p) => p.id)).toEqual(['xi-moscow-2023']);
  });

  it('turns the bundled pack off', async () => {
    await ready();
    await click($('[data-pack="xi-moscow-2023"] [role="switch"]'));
    await waitFor(() =>
      expect(stored()?.packs).toEqual([expect.objectContaining({ id: 'xi-moscow-2023', enabled: false })]),
    );
    await waitFor(() =>
      expect($('[data-pack="xi-moscow-2023"] [role="switch"]')?.getAttribute('aria-checked')).toBe('false'),
    );
  });

  it('exports a pack as a download', async () => {
    await ready();
    const created: Blob[] = [];
    URL.createObjectURL = vi.fn((b: Blob) => {
      created.push(b);
      return 'blob:fake';
    });
    URL.revokeObjectURL = vi.fn();
    let downloaded = '';
    const origClick = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      downloaded = this.download;
    };
    try {
      await click($('button[aria-label^="Export"]'));
      await waitFor(() => expect(downloaded).toBe('xi-moscow-2023.json'));
      expect(JSON.parse(await created[0].text())).toEqual(bundledJson);
    } finally {
      HTMLAnchorElement.prototype.click = origClick;
    }
  });

  it('says when stored settings were partly unreadable, keeping the rest', async () => {
    fake.storage.local.seed({ [SETTINGS_KEY]: { disabledSites: ['ok.example.com', 7], highlightStyle: 'glitter' } });
    await ready();
    expect(text($('.notice'))).toContain('Some stored settings could not be read');
    expect(text($('.rows'))).toContain('ok.example.com');
    expect($<HTMLInputElement>('input[value="underline"]')?.checked).toBe(true);
  });

  it("reads in the browser's language: Russian words, plural forms and sizes; Chinese preview", async () => {
    try {
      setMessageSource(messageSource('ru'));
      root = await mount(<Options />);
      await waitFor(() => expect(text($('[data-pack="xi-moscow-2023"] .pack-meta'))).toMatch(/факт/));
      expect($$('section.card h2').map(text)).toEqual(['Сайты', 'Стиль выделения', 'Наборы фактов']);
      const facts = bundledJson.facts.length;
      const form = new Intl.PluralRules('ru').select(facts) as 'one' | 'few' | 'many';
      const ruFacts = { one: 'факт', few: 'факта', many: 'фактов' }[form];
      expect(text($('[data-pack="xi-moscow-2023"] .pack-meta'))).toContain(`${facts} ${ruFacts}`);
      expect(text($('[data-pack="xi-moscow-2023"]'))).toContain('Встроенный');
      expect(text($('.import .hint'))).toBe(
        'JSON-файл в формате набора фактов (не больше 5 МБ). Перед сохранением он проверяется.',
      );
      await typeInto($<HTMLInputElement>('#add-site'), 'not a host');
      await click($('form.add-site button[type="submit"]'));
      await waitFor(() =>
        expect(text($('#add-site-error'))).toBe('«not a host» — не имя сайта. Введите, например, www.example.com.'),
      );
      await unmount(root);

      setMessageSource(messageSource('zh_CN'));
      root = await mount(<Options />);
      await waitFor(() => expect(text($('[data-pack="xi-moscow-2023"] .pack-meta'))).toMatch(/个事实/));
      expect(text($('.sample'))).toBe('习近平抵达莫斯科之际，2022 年中俄贸易额增长 34.3%，达到创纪录的 US$1900亿。');
      expect(text($('.sample mark'))).toBe('创纪录的 US$1900亿');
    } finally {
      setMessageSource(messageSource('en'));
    }
  });
});

const $$ = (sel: string) => [...(root?.querySelectorAll(sel) ?? [])];
