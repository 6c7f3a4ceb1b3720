/**
 * A small XML well-formedness check for the static renderer's SVG: tags nest and close,
 * attributes are quoted and unique, text and attribute values hold no raw "<" and only valid
 * entity references, one root element, and no character XML 1.0 forbids. Returns the problems.
 */
const NAME = /^[A-Za-z_][\w.:-]*$/;
const ENTITY = /^&(?:amp|lt|gt|quot|apos|#\d{1,7}|#x[0-9a-fA-F]{1,6});/;
const FORBIDDEN_CHAR =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function checkText(text: string, where: string, problems: string[]): void {
  if (text.includes('<')) problems.push(`raw "<" in ${where}`);
  for (let i = text.indexOf('&'); i >= 0; i = text.indexOf('&', i + 1)) {
    if (!ENTITY.test(text.slice(i, i + 12)))
      problems.push(`bad entity in ${where}: ${JSON.stringify(text.slice(i, i + 12))}`);
  }
}

export function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  const bad = FORBIDDEN_CHAR.exec(xml);
  if (bad) problems.push(`forbidden character U+${bad[0].charCodeAt(0).toString(16)} at ${bad.index}`);
  const open: string[] = [];
  let roots = 0;
  let i = 0;
  while (i < xml.length && problems.length < 5) {
    const lt = xml.indexOf('<', i);
    const text = xml.slice(i, lt < 0 ? xml.length : lt);
    if (open.length === 0 && text.trim() !== '')
      problems.push(`text outside the root: ${JSON.stringify(text.slice(0, 20))}`);
    checkText(text, 'text', problems);
    if (lt < 0) break;
    if (xml.startsWith('<?xml', lt) && roots === 0) {
      i = xml.indexOf('?>', lt) + 2;
      continue;
    }
    if (xml.startsWith('<!--', lt)) {
      const end = xml.indexOf('-->', lt + 4);
      if (end < 0) problems.push('an unclosed comment');
      i = end < 0 ? xml.length : end + 3;
      continue;
    }
    const gt = xml.indexOf('>', lt);
    if (gt < 0) {
      problems.push('an unclosed tag');
      break;
    }
    const tag = xml.slice(lt + 1, gt);
    i = gt + 1;
    if (tag.startsWith('/')) {
      const name = tag.slice(1).trim();
      const expected = open.pop();
      if (name !== expected) problems.push(`</${name}> closes <${expected ?? 'nothing'}>`);
      continue;
    }
    const selfClosing = tag.endsWith('/');
    const body = selfClosing ? tag.slice(0, -1) : tag;
    const name = /^\S+/.exec(body)?.[0] ?? '';
    if (!NAME.test(name)) problems.push(`bad tag name ${JSON.stringify(name)}`);
    const attributes = body.slice(name.length);
    const seen = new Set<string>();
    const rest = attributes.replace(
      /\s+([^\s=]+)\s*=\s*("([^"]*)"|'([^']*)')/g,
      (_m, attr: string, _q, dq?: string, sq?: string) => {
        if (!NAME.test(attr)) problems.push(`bad attribute name ${JSON.stringify(attr)} on <${name}>`);
        if (seen.has(attr)) problems.push(`attribute ${attr} twice on <${name}>`);
        seen.add(attr);
        checkText(dq ?? sq ?? '', `${name}@${attr}`, problems);
        return '';
      },
    );
    if (rest.trim() !== '') problems.push(`unparsed attributes on <${name}>: ${JSON.stringify(rest.slice(0, 30))}`);
    if (open.length === 0) roots++;
    if (roots > 1) problems.push(`a second root element <${name}>`);
    if (!selfClosing) open.push(name);
  }
  if (open.length > 0) problems.push(`unclosed <${open.join('> <')}>`);
  if (roots === 0) problems.push('no root element');
  return problems;
}

/** Names of every element in the markup. */
export function elementNames(markup: string): Set<string> {
  return new Set([...markup.matchAll(/<([A-Za-z][\w:-]*)/g)].map((m) => m[1]!));
}
