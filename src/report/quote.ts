// Long quotes shortened the same way in every format that shows them.

/** Shortens a quote to at most `limit` characters, at a word boundary when one is near. */
export function shortQuote(quote: string, limit: number): string {
  const chars = [...quote];
  if (chars.length <= limit) return quote;
  const cut = chars.slice(0, limit - 1).join("");
  const space = cut.lastIndexOf(" ");
  return `${space > cut.length / 2 ? cut.slice(0, space) : cut}…`;
}
