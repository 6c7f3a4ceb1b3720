/** What a template is: a named, localised recipe for a fresh journey document. */
import type { Journey } from '../model/types';

/** Languages every template is written in (the UI languages). */
export const TEMPLATE_LANGS = ['en', 'zh-CN', 'zh-TW'] as const;
export type TemplateLang = (typeof TEMPLATE_LANGS)[number];

export function isTemplateLang(value: string): value is TemplateLang {
  return (TEMPLATE_LANGS as readonly string[]).includes(value);
}

export interface TemplateBuildOptions {
  /** Language of the content; English when omitted. */
  lang?: TemplateLang;
  /** createdAt and updatedAt of the new document; the current time when omitted. */
  now?: Date;
}

/** What a picker shows of a template before it is built (shared/templates/catalogue.ts). */
export interface TemplateInfo {
  id: string;
  name: Record<TemplateLang, string>;
  /** One line, shown beside the name in the New dialog and `journey-studio templates`. */
  description: Record<TemplateLang, string>;
}

export interface JourneyTemplate extends TemplateInfo {
  /** A fresh document: new ids throughout, so two journeys made from one template never collide. */
  build(options?: TemplateBuildOptions): Journey;
}
