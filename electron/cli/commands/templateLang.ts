/** The --lang flag of `new` and `templates`: a template language, English when absent. */
import { TEMPLATE_LANGS, isTemplateLang, type TemplateLang } from '../../../shared/templates';
import { CliFailure, stringOption, type CliContext, type CliOption } from '../contract';

export const LANG_OPTION: CliOption = {
  type: 'string',
  value: TEMPLATE_LANGS.join('|'),
  description: 'the language of the content and the list (default: en)',
};

export function templateLang(ctx: CliContext): TemplateLang {
  const value = stringOption(ctx, 'lang');
  if (value === undefined) return 'en';
  if (isTemplateLang(value)) return value;
  throw new CliFailure(`unknown language "${value}"; choose one of: ${TEMPLATE_LANGS.join(', ')}`);
}
