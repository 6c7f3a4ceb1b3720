/**
 * Escaping of text from a journey file for XML (SVG) and HTML. Both share one function:
 * the five special characters become entities, and characters XML 1.0 forbids (most
 * control characters, lone surrogates, U+FFFE/U+FFFF) are dropped, since one of them makes
 * a whole SVG unparseable for a rasteriser.
 */

const INVALID_XML_CHARS =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Removes characters that may not appear in an XML document. */
export function stripInvalidXmlChars(text: string): string {
  return text.replace(INVALID_XML_CHARS, '');
}

/** Text safe inside an element or a quoted attribute of SVG or HTML. */
export function escapeXml(text: string): string {
  return stripInvalidXmlChars(text).replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}
