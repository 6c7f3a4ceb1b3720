/** The template registry: blank plus the five journeys of the README's Templates section, each in every UI language. */
import { b2bSaas } from './b2bSaas';
import { blank, journeyMapLanes, serviceBlueprintLanes } from './blank';
import { contactCentre } from './contactCentre';
import { dentalPractice } from './dentalPractice';
import { onlineRetail } from './onlineRetail';
import { restaurant } from './restaurant';
import type { JourneyTemplate } from './types';

export { TEMPLATE_LANGS, isTemplateLang } from './types';
export type { JourneyTemplate, TemplateBuildOptions, TemplateInfo, TemplateLang } from './types';
export { TEMPLATE_INFO, TEMPLATE_LIST } from './catalogue';

export const TEMPLATES: readonly JourneyTemplate[] = [
  blank,
  journeyMapLanes,
  serviceBlueprintLanes,
  restaurant,
  onlineRetail,
  b2bSaas,
  dentalPractice,
  contactCentre,
];

export function findTemplate(id: string): JourneyTemplate | undefined {
  return TEMPLATES.find((t) => t.id === id);
}
