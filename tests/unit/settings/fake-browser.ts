/**
 * An in-memory stand-in for webextension-polyfill: storage areas that serialise like the real ones
 * and fire storage.onChanged, plus spies for the runtime and tabs calls the UI makes.
 * Use with: vi.mock('webextension-polyfill', async () => ({ default: (await import('./fake-browser.ts')).fake }))
 */
import { vi } from 'vitest';

type Listener = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string) => void;

const listeners = new Set<Listener>();

function area(name: 'local' | 'session') {
  let data: Record<string, unknown> = {};
  const api = {
    /** Set to make the next set() reject, like a full quota. */
    failNextSet: undefined as Error | undefined,
    get: vi.fn(async (keys?: string | string[] | null) => {
      const list = keys == null ? Object.keys(data) : Array.isArray(keys) ? keys : [keys];
      const out: Record<string, unknown> = {};
      for (const k of list) if (k in data) out[k] = structuredClone(data[k]);
      return out;
    }),
    set: vi.fn(async (items: Record<string, unknown>) => {
      if (api.failNextSet) {
        const e = api.failNextSet;
        api.failNextSet = undefined;
        throw e;
      }
      const changes: Record<string, { oldValue?: unknown; newValue?: unknown }> = {};
      for (const [k, v] of Object.entries(items)) {
        const copy = JSON.parse(JSON.stringify(v)); // what storage keeps: JSON-able data
        changes[k] = { oldValue: data[k], newValue: copy };
        data[k] = copy;
      }
      for (const l of listeners) l(changes, name);
    }),
    remove: vi.fn(async (key: string) => {
      delete data[key];
    }),
    /** Test helpers: raw access without spies or events. */
    dump: () => structuredClone(data),
    seed: (raw: Record<string, unknown>) => {
      data = structuredClone(raw);
    },
  };
  return api;
}

export const fake = {
  storage: {
    local: area('local'),
    session: area('session'),
    onChanged: {
      addListener: (l: Listener) => listeners.add(l),
      removeListener: (l: Listener) => listeners.delete(l),
      hasListener: (l: Listener) => listeners.has(l),
    },
  },
  runtime: {
    sendMessage: vi.fn(async (_msg: unknown): Promise<unknown> => undefined),
    openOptionsPage: vi.fn(async () => undefined),
  },
  tabs: {
    query: vi.fn(async (_q: unknown): Promise<{ id?: number }[]> => [{ id: 7 }]),
    sendMessage: vi.fn(async (_tabId: number, _msg: unknown, _opts?: unknown): Promise<unknown> => undefined),
  },
};

export function resetFake() {
  fake.storage.local.seed({});
  fake.storage.session.seed({});
  fake.storage.local.failNextSet = undefined;
  listeners.clear();
  vi.clearAllMocks();
  fake.runtime.sendMessage.mockImplementation(async () => undefined);
  fake.tabs.query.mockImplementation(async () => [{ id: 7 }]);
  fake.tabs.sendMessage.mockImplementation(async () => undefined);
}
