/**
 * Does clipboard text look like cells copied from a spreadsheet (a tab in it, or several
 * lines)? Kept apart from the importers so the editor can ask without loading them.
 */
export function looksLikeCells(text: string): boolean {
  return text.includes('\t') || /\S\r?\n\S/.test(text.trim());
}
