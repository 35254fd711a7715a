// Which tabs fit on one row; the rest go to a "More" menu. The selected tab always stays on the row
// (in the last slot that fits if need be), so the strip always shows where you are.

/**
 * The indices of the tabs shown on the row, in order.
 * @param widths each tab's width in px, in strip order
 * @param available the row's width in px
 * @param moreWidth the width of the "More" button, needed only when some tabs do not fit
 */
export function fitTabs(widths: readonly number[], available: number, moreWidth: number, selected: number): number[] {
  const all = widths.map((_, index) => index);
  const total = widths.reduce((sum, width) => sum + width, 0);
  if (total <= available) return all;
  const room = available - moreWidth;
  const shown: number[] = [];
  let used = 0;
  for (const index of all) {
    const width = widths[index] ?? 0;
    if (used + width > room) break;
    shown.push(index);
    used += width;
  }
  if (selected < 0 || selected >= widths.length || shown.includes(selected)) return shown;
  // Make room for the selected tab by dropping tabs from the end of the row.
  const selectedWidth = widths[selected] ?? 0;
  while (shown.length > 0 && used + selectedWidth > room) used -= widths[shown.pop()!] ?? 0;
  return [...shown, selected];
}
