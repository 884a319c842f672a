import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { setMessageSource } from '../../../src/ui/i18n.ts';
import { messageSource } from '../i18n-source.ts';
import { badgeFor, fake, resetFake, titleFor } from './fake-browser.ts';
import { fromTab, summaryWith } from './summaries.ts';

vi.mock('webextension-polyfill', async () => ({ default: (await import('./fake-browser.ts')).fake }));

const send = (msg: unknown, sender: unknown) => fake.runtime.onMessage.fire(msg, sender)[0];

describe('badge', () => {
  beforeAll(async () => {
    await import('../../../src/background/index.ts');
  });
  beforeEach(resetFake);

  it('shows the number of mentions for the sending tab', async () => {
    await send({ type: 'page-summary', summary: summaryWith(3) }, fromTab(5));
    expect(badgeFor(5)).toBe('3');
    expect(fake.action.setBadgeText).toHaveBeenCalledWith({ tabId: 5, text: '3' });
  });

  it('is empty when the page has no mentions', async () => {
    await send({ type: 'page-summary', summary: summaryWith(0) }, fromTab(6));
    expect(badgeFor(6)).toBe('');
  });

  it('is empty when the reader turned the site off', async () => {
    await send({ type: 'page-summary', summary: summaryWith(4, { enabled: false }) }, fromTab(7));
    expect(badgeFor(7)).toBe('');
  });

  it('caps at 99+', async () => {
    await send({ type: 'page-summary', summary: summaryWith(140) }, fromTab(8));
    expect(badgeFor(8)).toBe('99+');
  });

  it('updates when the page sends a new summary (late content)', async () => {
    await send({ type: 'page-summary', summary: summaryWith(1) }, fromTab(9));
    await send({ type: 'page-summary', summary: summaryWith(4) }, fromTab(9));
    expect(badgeFor(9)).toBe('4');
  });

  it('ignores subframes, extension pages and malformed summaries', async () => {
    expect(send({ type: 'page-summary', summary: summaryWith(2) }, fromTab(10, 3))).toBeUndefined();
    expect(send({ type: 'page-summary', summary: summaryWith(2) }, { id: 'second-source-test' })).toBeUndefined();
    expect(send({ type: 'page-summary', summary: { mentions: 'lots' } }, fromTab(10))).toBeUndefined();
    expect(
      send({ type: 'page-summary', summary: summaryWith(2) }, { ...fromTab(10), id: 'someone-else' }),
    ).toBeUndefined();
    expect(send({ type: 'set-badge', text: '9' }, fromTab(10))).toBeUndefined();
    expect(send(null, fromTab(10))).toBeUndefined();
    expect(fake.action.setBadgeText).not.toHaveBeenCalled();
  });

  it("says the same in the button's title, in the reader's language", async () => {
    await send({ type: 'page-summary', summary: summaryWith(3) }, fromTab(11));
    expect(titleFor(11)).toBe('Second Source: 3 mentions on this page');
    await send({ type: 'page-summary', summary: summaryWith(1) }, fromTab(11));
    expect(titleFor(11)).toBe('Second Source: 1 mention on this page');
    await send({ type: 'page-summary', summary: summaryWith(0) }, fromTab(12));
    expect(titleFor(12)).toBe('Second Source');
    await send({ type: 'page-summary', summary: summaryWith(4, { enabled: false }) }, fromTab(13));
    expect(titleFor(13)).toBe('Second Source: off on this site');
    try {
      setMessageSource(messageSource('ru'));
      await send({ type: 'page-summary', summary: summaryWith(5) }, fromTab(14));
      expect(titleFor(14)).toBe('Second Source: 5 упоминаний на странице');
      await send({ type: 'page-summary', summary: summaryWith(22) }, fromTab(14));
      expect(titleFor(14)).toBe('Second Source: 22 упоминания на странице');
      setMessageSource(messageSource('zh_CN'));
      await send({ type: 'page-summary', summary: summaryWith(1) }, fromTab(15));
      expect(titleFor(15)).toBe('Second Source：本页 1 处提及');
    } finally {
      setMessageSource(messageSource('en'));
    }
  });

  it('sets a quiet badge colour with white text', async () => {
    const { initBadgeStyle, BADGE_COLOR } = await import('../../../src/background/badge.ts');
    await initBadgeStyle();
    expect(fake.action.setBadgeBackgroundColor).toHaveBeenCalledWith({ color: BADGE_COLOR });
    expect(fake.action.setBadgeTextColor).toHaveBeenCalledWith({ color: '#ffffff' });
  });
});
