/**
 * What an export tells the user, as catalogue keys with values: the app words them in the UI
 * language, the command line in English from the same catalogue, so both say the same.
 */
import { createTranslator, type Translate } from '../i18n/translate';

export interface ExportMessage {
  key: 'export.clamped' | 'export.pngTooSmall' | 'export.pdfTooManyPages';
  values: Record<string, string | number>;
}

export function formatExportMessage(message: ExportMessage, translate: Translate): string {
  return translate(message.key, message.values);
}

/** English, as the command line prints it. */
export const englishTranslate: Translate = createTranslator('en');

/** An export that cannot be made as asked; the message says why and what to do instead. */
export class ExportRefusedError extends Error {
  constructor(readonly refusal: ExportMessage) {
    super(formatExportMessage(refusal, englishTranslate));
    this.name = 'ExportRefusedError';
  }
}
