/** "Nothing runs on a page that does not change": main-thread script and task time while idle. */
import type { Browser } from './browser.ts';

/** Script and task time on a page that does not change, over `ms` (CDP Performance.getMetrics). */
export async function idleCost(b: Browser, ms: number): Promise<{ scriptMs: number; taskMs: number }> {
  await b.page.evaluate('window.__ssProbe.stopPolling()');
  const read = async () => {
    const { metrics } = (await b.cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
    const get = (n: string) => metrics.find((m) => m.name === n)?.value ?? 0;
    return { script: get('ScriptDuration'), task: get('TaskDuration') };
  };
  const a = await read();
  await new Promise((r) => setTimeout(r, ms));
  const z = await read();
  return { scriptMs: (z.script - a.script) * 1000, taskMs: (z.task - a.task) * 1000 };
}
