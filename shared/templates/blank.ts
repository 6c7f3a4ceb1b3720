/** The empty map every workshop can start from. */
import { app as en } from '../i18n/en/app';
import { app as zhCN } from '../i18n/zh-CN/app';
import { app as zhTW } from '../i18n/zh-TW/app';
import { createJourneyV2, createLane } from '../model/v2/factory';
import type { LaneKind } from '../model/v2/schema';
import { TEMPLATE_INFO } from './catalogue';
import type { JourneyTemplate, TemplateLang } from './types';

/**
 * The catalogues' "untitled" in each language. Only the shell's words are imported, not whole
 * catalogues: the template previews load with the start screen, the other languages' words not.
 */
const UNTITLED: Record<TemplateLang, string> = {
  en: en.app.untitled,
  'zh-CN': zhCN.app.untitled,
  'zh-TW': zhTW.app.untitled,
};

/** The name of the one Touchpoints lane a new journey starts with. */
const TOUCHPOINT_LANE: Record<TemplateLang, string> = {
  en: en.app.touchpointLane,
  'zh-CN': zhCN.app.touchpointLane,
  'zh-TW': zhTW.app.touchpointLane,
};

export const blank: JourneyTemplate = {
  ...TEMPLATE_INFO.blank,
  build: ({ lang = 'en', now } = {}) => {
    const journey = createJourneyV2({ title: UNTITLED[lang], ...(now ? { now } : {}) });
    return { ...journey, lanes: journey.lanes.map((lane) => ({ ...lane, name: TOUCHPOINT_LANE[lang] })) };
  },
};

/**
 * An empty map with a set of lanes, top to bottom. The lanes have no name, so every view shows
 * each one by its kind in the reader's language (canvas, exports, report) until it is named.
 */
function laneSet(
  info: (typeof TEMPLATE_INFO)['journey-map' | 'service-blueprint'],
  kinds: readonly LaneKind[],
): JourneyTemplate {
  return {
    ...info,
    build: ({ lang = 'en', now } = {}) => ({
      ...createJourneyV2({ title: UNTITLED[lang], ...(now ? { now } : {}) }),
      lanes: kinds.map((kind) => createLane(kind)),
    }),
  };
}

/** The New dialog's "Journey map" lanes: actions, touchpoints, thoughts. */
export const journeyMapLanes = laneSet(TEMPLATE_INFO['journey-map'], ['actions', 'touchpoints', 'thoughts']);

/** The New dialog's "Service blueprint" lanes. */
export const serviceBlueprintLanes = laneSet(TEMPLATE_INFO['service-blueprint'], [
  'actions',
  'touchpoints',
  'frontstage',
  'backstage',
  'support',
  'evidence',
]);
