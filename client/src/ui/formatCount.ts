/**
 * A count with thousands separators, "1,234,567", as `toLocaleString('en')` writes it. Not through Intl:
 * a page's first use of Intl's number formatting loads its locale data, ~40 ms of the first screen.
 */
export function formatCount(count: number): string {
  const [whole, fraction] = String(count).split('.');
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}
