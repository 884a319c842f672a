/**
 * Is a mention's text actually shown? Checked per mention (few), not per node while extracting:
 * text in display:none menus, closed tabs or off-screen clones is kept aside and re-checked later.
 */
export function isRangeVisible(range: Range): boolean {
  const node = range.startContainer;
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  if (!el?.isConnected) return false;
  const check = (el as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
  // checkVisibility needs styles only; line boxes (getClientRects) would force a layout per batch.
  if (typeof check === 'function') return check.call(el, { visibilityProperty: true, contentVisibilityAuto: false });
  const rects = range.getClientRects();
  for (let i = 0; i < rects.length; i++) if (rects[i].width > 0 && rects[i].height > 0) return true;
  return false;
}
