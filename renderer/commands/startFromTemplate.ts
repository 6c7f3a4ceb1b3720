/** New from a template: a new, unsaved journey built from a template in the UI language. */
import { TEMPLATE_LIST } from '../../shared/templates/catalogue';
import { isTemplateLang, type TemplateLang } from '../../shared/templates/types';
import { confirmLeaveDocument, loadUnsaved } from './documentFlow';
import { defineCommand, defineTargetedCommand } from './define';
import type { CommandContext, CommandOutcome } from './types';

/** The template offered to first-time users from the start screen's "open a sample" link. */
export const SAMPLE_TEMPLATE_ID = 'restaurant';

export function templateLanguage(uiLanguage: string): TemplateLang {
  return isTemplateLang(uiLanguage) ? uiLanguage : 'en';
}

async function startFrom(ctx: CommandContext, templateId: string): Promise<CommandOutcome> {
  if (!TEMPLATE_LIST.some((t) => t.id === templateId)) return false;
  if (!(await confirmLeaveDocument(ctx))) return false;
  // The template files load on first use, not with the window.
  const { findTemplate } = await import('../../shared/templates');
  const template = findTemplate(templateId);
  if (!template) return false;
  const lang = templateLanguage(ctx.language());
  if (template.id !== 'blank') ctx.notify('info', ctx.t('newFromTemplate.created', { name: template.name[lang] }));
  // Not linked to any file: Save asks where to put it, so the template is never overwritten.
  return loadUnsaved(template.build({ lang }));
}

/** A template tile (start screen) or the sample link: start from that template, after Save changes?. */
export const startFromTemplate = defineTargetedCommand({
  id: 'start-from-template',
  perform: (ctx, args: { templateId: string }) => startFrom(ctx, args.templateId),
});

/** File > New from Template…: pick Blank or a template, then start from it. */
export const newFromTemplate = defineCommand({
  id: 'new-from-template',
  labelKey: 'command.new-from-template',
  whileTyping: true,
  async perform(ctx): Promise<CommandOutcome> {
    const templateId = await ctx.dialogs.pickTemplate();
    return templateId ? startFrom(ctx, templateId) : false;
  },
});
