/** Journey templates: each builds a fresh document (new ids, today's dates) from its content. */
import { createJourney } from '../model/factory';
import type { Journey } from '../model/types';

export interface JourneyTemplate {
  id: string;
  name: string;
  description: string;
  build(now?: Date): Journey;
}

const blank: JourneyTemplate = {
  id: 'blank',
  name: 'Blank journey',
  description: 'An empty map: add stages and touchpoints yourself.',
  build: (now) => createJourney(now ? { now } : {}),
};

export const TEMPLATES: readonly JourneyTemplate[] = [blank];

export function findTemplate(id: string): JourneyTemplate | undefined {
  return TEMPLATES.find((t) => t.id === id);
}
