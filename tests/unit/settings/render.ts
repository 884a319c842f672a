/** Rendering helpers for popup/options tests: mount into happy-dom and wait for a condition. */
import { type ComponentChild, render } from 'preact';
import { act } from 'preact/test-utils';

export async function mount(vnode: ComponentChild): Promise<HTMLElement> {
  const root = document.createElement('div');
  document.body.append(root);
  await act(async () => {
    render(vnode, root);
  });
  return root;
}

export async function unmount(root: HTMLElement) {
  await act(async () => {
    render(null, root);
  });
  root.remove();
}

/** Re-checks `fn` (letting promises and timers settle inside act) until it stops throwing. */
export async function waitFor<T>(fn: () => T, timeoutMs = 2000): Promise<T> {
  const start = Date.now();
  for (;;) {
    try {
      return fn();
    } catch (e) {
      if (Date.now() - start > timeoutMs) throw e;
    }
    await act(async () => {
      await new Promise((r) => setTimeout(r, 10));
    });
  }
}

export async function click(el: Element | null | undefined) {
  if (!el) throw new Error('click: no element');
  await act(async () => {
    (el as HTMLElement).click();
  });
}

export const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
