// The count line under a paged list ("1 resource template · 1 page"): every kind spelled in the
// singular and the plural, since English plurals cannot be made by appending an "s" to any noun.

export interface ListNoun {
  one: string;
  other: string;
}

export function countOf(count: number, noun: ListNoun): string {
  return `${count} ${count === 1 ? noun.one : noun.other}`;
}

export function pagedListSummary(itemCount: number, pageCount: number, noun: ListNoun): string {
  return `${countOf(itemCount, noun)} · ${countOf(pageCount, { one: 'page', other: 'pages' })}`;
}
