/** Replaces the document with a new, unsaved journey built from a template in the UI language. */
import { findTemplate, isTemplateLang, type TemplateLang } from '../../shared/templates';
import { confirmLeaveDocument } from '../commands/documentFlow';
import type { CommandContext } from '../commands/types';
import { currentLanguage } from '../i18n';

/** The template offered to first-time users from the start screen's "open a sample" link. */
export const SAMPLE_TEMPLATE_ID = 'restaurant';

export function templateLanguage(uiLanguage: string): TemplateLang {
  return isTemplateLang(uiLanguage) ? uiLanguage : 'en';
}

/** True when the new journey replaced the document (not when the user cancelled the save question). */
export async function startFromTemplate(ctx: CommandContext, templateId: string): Promise<boolean> {
  const template = findTemplate(templateId);
  if (!template) return false;
  if (!(await confirmLeaveDocument(ctx))) return false;
  const lang = templateLanguage(currentLanguage());
  // Not linked to any file: Save asks where to put it, so the template is never overwritten.
  ctx.store.getState().loadDocument(template.build({ lang }), null);
  if (template.id !== 'blank')
    ctx.store.getState().notify('info', ctx.t('newFromTemplate.created', { name: template.name[lang] }));
  return true;
}
