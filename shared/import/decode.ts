/**
 * Bytes to text for the text formats (CSV, Mermaid, OJF, YAML). UTF-8 with or without a BOM,
 * UTF-16 with a BOM; otherwise a CSV saved by Excel in China is GB18030 (Simplified) or Big5
 * (Traditional): when the bytes are not UTF-8 they are decoded with TextDecoder as those, the
 * language deciding which is tried first, and a note says so. Text that none of them reads is
 * refused with a clear message.
 */
import type { UiLanguage } from '../i18n/languages';
import { formatBytes, overLimitMessage } from '../model/fileLimits';
import { MAX_IMPORT_BYTES } from './limits';
import { coded } from './problemWords';
import type { ImportProblem } from './types';

export type DecodeResult = { ok: true; text: string; note?: string } | { ok: false; problem: ImportProblem };

function strict(encoding: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    // Invalid bytes for this encoding, or an encoding this runtime lacks.
    return null;
  }
}

/** The offset of the first byte that is not well-formed UTF-8 (the Unicode standard's table 3-7). */
export function firstBadUtf8Byte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i += 1;
      continue;
    }
    const length =
      lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (length === 0) return i;
    // The second byte's range depends on the lead (no overlong forms, surrogates or > U+10FFFF).
    const [low, high] =
      lead === 0xe0
        ? [0xa0, 0xbf]
        : lead === 0xed
          ? [0x80, 0x9f]
          : lead === 0xf0
            ? [0x90, 0xbf]
            : lead === 0xf4
              ? [0x80, 0x8f]
              : [0x80, 0xbf];
    for (let k = 1; k < length; k++) {
      const byte = bytes[i + k];
      if (byte === undefined) return i;
      if (k === 1 ? byte < low || byte > high : byte < 0x80 || byte > 0xbf) return i;
    }
    i += length;
  }
  return bytes.length;
}

/**
 * Chinese text decoded from a legacy encoding has Chinese characters, no private-use or
 * replacement characters (what undefined bytes decode to), and few rare symbols.
 */
function plausible(text: string): boolean {
  if (/[\ue000-\uf8ff\ufffd]/u.test(text) || !/\p{Script=Han}/u.test(text)) return false;
  const odd = text.match(/[^\p{Script=Han}\p{ASCII}\u3000-\u303f\uff00-\uffef\u2014-\u2026]/gu)?.length ?? 0;
  return odd <= Math.max(2, text.length / 50);
}

export function decodeText(bytes: Uint8Array, lang: UiLanguage = 'en'): DecodeResult {
  if (bytes.length > MAX_IMPORT_BYTES)
    return { ok: false, problem: { message: overLimitMessage(bytes.length, MAX_IMPORT_BYTES) } };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    const text = strict('utf-16le', bytes);
    return text === null ? { ok: false, problem: coded('utf16Invalid') } : { ok: true, text };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    const text = strict('utf-16be', bytes);
    return text === null ? { ok: false, problem: coded('utf16Invalid') } : { ok: true, text };
  }
  const utf8 = strict('utf-8', bytes);
  if (utf8 !== null) return { ok: true, text: utf8 };
  const order = lang === 'zh-TW' ? ['big5', 'gb18030'] : ['gb18030', 'big5'];
  for (const encoding of order) {
    const text = strict(encoding, bytes);
    if (text !== null && plausible(text)) {
      return {
        ok: true,
        text,
        note: `the file is not UTF-8; it was read as ${encoding === 'big5' ? 'Big5' : 'GB18030'} (${formatBytes(bytes.length)})`,
      };
    }
  }
  return { ok: false, problem: coded('notUtf8', { offset: firstBadUtf8Byte(bytes) }) };
}
