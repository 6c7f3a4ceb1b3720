/** The file-type choices of the native Open and Save dialogs, named in the UI language. */
import { createTranslator, type Translate } from '../../shared/i18n/translate';

export interface FileFilter {
  name: string;
  extensions: string[];
}

export function journeyFileFilters(t: Translate = createTranslator('en')): FileFilter[] {
  return [
    { name: t('fileDialog.journeyFiles'), extensions: ['journey'] },
    { name: t('fileDialog.allFiles'), extensions: ['*'] },
  ];
}
