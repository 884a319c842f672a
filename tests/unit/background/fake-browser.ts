/**
 * A small in-memory webextension-polyfill for the background tests: storage.session, action badge
 * spies, and the events the background listens to, with `fire` helpers to dispatch them.
 * Use: vi.mock('webextension-polyfill', async () => ({ default: (await import('./fake-browser.ts')).fake }))
 */
import { vi } from 'vitest';

type Fn = (...args: never[]) => unknown;

function event<L extends Fn>() {
  const listeners: L[] = [];
  return {
    listeners,
    addListener: (l: L) => void listeners.push(l),
    removeListener: (l: L) => void listeners.splice(listeners.indexOf(l) >>> 0, 1),
    hasListener: (l: L) => listeners.includes(l),
    fire: (...args: Parameters<L>) => listeners.map((l) => l(...args)),
  };
}

let session: Record<string, unknown> = {};
const badges = new Map<number, string>();
const titles = new Map<number, string>();

export const fake = {
  runtime: { id: 'second-source-test', onMessage: event<(msg: unknown, sender: unknown) => unknown>() },
  storage: {
    session: {
      get: vi.fn(async (key: string) => (key in session ? { [key]: structuredClone(session[key]) } : {})),
      set: vi.fn(async (items: Record<string, unknown>) => {
        for (const [k, v] of Object.entries(items)) session[k] = JSON.parse(JSON.stringify(v));
      }),
      remove: vi.fn(async (key: string) => {
        delete session[key];
      }),
    },
  },
  action: {
    setBadgeText: vi.fn(async ({ tabId, text }: { tabId: number; text: string }) => void badges.set(tabId, text)),
    setBadgeBackgroundColor: vi.fn(async (_d: { color: string }) => undefined),
    setBadgeTextColor: vi.fn(async (_d: { color: string }) => undefined),
    setTitle: vi.fn(async ({ tabId, title }: { tabId: number; title: string }) => void titles.set(tabId, title)),
  },
  tabs: {
    onRemoved: event<(tabId: number) => unknown>(),
    onUpdated: event<(tabId: number, changeInfo: { status?: string }) => unknown>(),
    query: vi.fn(async (_q: unknown): Promise<{ id?: number }[]> => [{ id: 42 }]),
    sendMessage: vi.fn(async (_tabId: number, _msg: unknown, _opts?: unknown): Promise<unknown> => undefined),
  },
  commands: { onCommand: event<(command: string, tab?: { id?: number }) => unknown>() },
};

/** Test views of the fake's state. */
export const sessionData = () => structuredClone(session);
export const badgeFor = (tabId: number) => badges.get(tabId);
export const titleFor = (tabId: number) => titles.get(tabId);

export function resetFake(): void {
  session = {};
  badges.clear();
  titles.clear();
  vi.clearAllMocks();
  fake.tabs.query.mockImplementation(async () => [{ id: 42 }]);
  fake.tabs.sendMessage.mockImplementation(async () => undefined);
}
