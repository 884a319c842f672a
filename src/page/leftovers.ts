/**
 * Removes what an earlier copy of this script left on the page. Chrome leaves the old script
 * running after the extension is reloaded (it tears itself down on its next event, see
 * PageController.checkAlive); Firefox stops it dead, with its highlights and host still there, and
 * injects the new copy into open tabs — which cleans up here before it starts.
 */
import { ACTIVE_HIGHLIGHT, HIGHLIGHT_NAMES } from './highlight/highlighter.ts';
import { MARK_ATTR, MARKED_ATTR } from './highlight/mark-highlighter.ts';
import { HOST_ID } from './text/skip-rules.ts';

export function removeLeftovers(doc: Document): void {
  doc.getElementById(HOST_ID)?.remove();
  try {
    // Known names only: Firefox's content-script view of the registry does not iterate.
    const registry = (doc.defaultView as unknown as { CSS?: { highlights?: Map<string, unknown> } } | null)?.CSS
      ?.highlights;
    for (const name of [...Object.values(HIGHLIGHT_NAMES), ACTIVE_HIGHLIGHT]) registry?.delete(name);
  } catch {
    // no registry
  }
  // <mark> wrappers only where the fallback highlighter left some (it flags <html> while it has any).
  if (!doc.documentElement?.hasAttribute(MARKED_ATTR)) return;
  doc.documentElement.removeAttribute(MARKED_ATTR);
  const parents = new Set<Node>();
  for (const mark of doc.querySelectorAll(`mark[${MARK_ATTR}]`)) {
    const parent = mark.parentNode;
    if (!parent) continue;
    while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
    mark.remove();
    parents.add(parent);
  }
  for (const p of parents) p.normalize();
}
