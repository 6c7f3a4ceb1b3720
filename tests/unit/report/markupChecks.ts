/** Checks shared by the escaping tests: what markup a text contains, and CSV parsed back into cells. */

/** Every tag in the text. Escaped file text has no raw "<", so these are the renderer's own tags. */
export function tags(markup: string): string[] {
  return markup.match(/<[a-zA-Z][^>]*>/g) ?? [];
}

/**
 * Tags that would run something: script or iframe elements, event-handler attributes,
 * javascript: URLs. Attribute values are blanked first: escaped text inside one is inert.
 */
export function liveTags(markup: string): string[] {
  return tags(markup).filter((tag) => {
    const names = tag.replace(/"[^"]*"/g, '""');
    return (
      /^<(script|iframe|object|embed)/i.test(names) ||
      /\son[a-z]+\s*=/i.test(names) ||
      /(href|src)\s*=\s*"\s*javascript:/i.test(tag)
    );
  });
}

/** Every URL-carrying attribute: a self-contained file needs none but same-document fragments. */
export function externalReferences(markup: string): string[] {
  return tags(markup)
    .flatMap((tag) => [...tag.matchAll(/\s(?:src|href|xlink:href)\s*=\s*"([^"]*)"/g)].map((m) => m[1]!))
    .filter((url) => !url.startsWith('#'));
}

/** RFC 4180 parsing, enough to read back what the CSV renderer wrote. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}
