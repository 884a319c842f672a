import type { PageHandle } from './types.ts';

/**
 * Hands a file to the page's file input (the options page's pack import), as choosing it in the file
 * picker would. `{ repeat: n }` builds an oversized JSON file of n padding characters in the page,
 * so a many-megabyte body never crosses the driver's connection.
 */
export async function chooseFile(page: PageHandle, name: string, content: string | { repeat: number }) {
  await page.evaluate(
    ([fileName, text]) => {
      const input = document.querySelector<HTMLInputElement>('input[type="file"]');
      if (!input) throw new Error('no file input');
      const body = typeof text === 'string' ? text : `{"schema":1,"id":"huge","padding":"${'x'.repeat(text.repeat)}"}`;
      const transfer = new DataTransfer();
      transfer.items.add(new File([body], fileName, { type: 'application/json' }));
      input.files = transfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    },
    [name, content] as [string, string | { repeat: number }],
  );
}
