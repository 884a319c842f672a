import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fake, resetFake } from './fake-browser.ts';

vi.mock('webextension-polyfill', async () => ({ default: (await import('./fake-browser.ts')).fake }));

const press = (command: string, tab?: { id?: number }) => fake.commands.onCommand.fire(command, tab);
const step = { type: 'step-mention', direction: 1 };

describe('commands', () => {
  beforeAll(async () => {
    await import('../../../src/background/index.ts');
  });
  beforeEach(resetFake);

  it('relays next-mention to the tab it was pressed in', async () => {
    press('next-mention', { id: 12 });
    await vi.waitFor(() => expect(fake.tabs.sendMessage).toHaveBeenCalledWith(12, step, { frameId: 0 }));
    expect(fake.tabs.query).not.toHaveBeenCalled();
  });

  it('falls back to the active tab when the browser gives no tab', async () => {
    press('next-mention');
    await vi.waitFor(() => expect(fake.tabs.sendMessage).toHaveBeenCalledWith(42, step, { frameId: 0 }));
  });

  it('stays quiet when the tab has no content script', async () => {
    fake.tabs.sendMessage.mockRejectedValue(new Error('Could not establish connection'));
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    press('next-mention', { id: 3 });
    await vi.waitFor(() => expect(fake.tabs.sendMessage).toHaveBeenCalled());
    await new Promise((r) => setTimeout(r, 10));
    process.off('unhandledRejection', unhandled);
    expect(unhandled).not.toHaveBeenCalled();
  });

  it('ignores other commands', async () => {
    press('_execute_action', { id: 3 });
    await new Promise((r) => setTimeout(r, 10));
    expect(fake.tabs.sendMessage).not.toHaveBeenCalled();
  });
});
