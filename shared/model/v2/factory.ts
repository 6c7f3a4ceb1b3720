/**
 * Defaults for the version 2 kinds. Names default to empty, as in ../factory.ts: the model
 * holds no UI words, the editor names what it creates in the UI language.
 */
import { newId } from '../factory';
import { DOCUMENT_ID_PREFIX } from '../schema';
import {
  FORMAT_NAME,
  FORMAT_VERSION_V2,
  ITEM_ID_PREFIXES_V2,
  TOUCHPOINT_LANE_KIND,
  type ItemKindV2,
  type LaneKind,
} from './schema';
import type { ConnectionV2, JourneyV2, Lane, PersonaV2, Step, TouchpointV2 } from './types';

export function newItemIdV2(kind: ItemKindV2): string {
  return newId(ITEM_ID_PREFIXES_V2[kind]);
}

/** A new journey has one touchpoint lane (a journey needs one) and no personas. */
export function createJourneyV2(options: { title?: string; now?: Date } = {}): JourneyV2 {
  const now = (options.now ?? new Date()).toISOString();
  return {
    format: FORMAT_NAME,
    version: FORMAT_VERSION_V2,
    id: newId(DOCUMENT_ID_PREFIX),
    title: options.title ?? '',
    personas: [],
    stages: [],
    lanes: [createLane(TOUCHPOINT_LANE_KIND)],
    touchpoints: [],
    steps: [],
    connections: [],
    createdAt: now,
    updatedAt: now,
  };
}

export function createLane(kind: LaneKind, fields: Partial<Lane> = {}): Lane {
  return { id: newItemIdV2('lane'), name: '', kind, ...fields };
}

export function createPersona(fields: Partial<PersonaV2> = {}): PersonaV2 {
  return { id: newItemIdV2('persona'), name: '', goals: [], needs: [], expectations: [], ...fields };
}

export function createTouchpointV2(stageId: string, laneId: string, fields: Partial<TouchpointV2> = {}): TouchpointV2 {
  return {
    id: newItemIdV2('touchpoint'),
    stageId,
    laneId,
    title: '',
    channel: 'website',
    tier: 'utility',
    emotions: {},
    momentOfTruth: false,
    painPoints: [],
    opportunities: [],
    metrics: [],
    position: { x: 24, y: 24 },
    ...fields,
  };
}

export function createStep(stageId: string, laneId: string, fields: Partial<Step> = {}): Step {
  return { id: newItemIdV2('step'), stageId, laneId, title: '', position: { x: 24, y: 24 }, ...fields };
}

export function createConnectionV2(from: string, to: string, fields: Partial<ConnectionV2> = {}): ConnectionV2 {
  return { id: newItemIdV2('connection'), from, to, ...fields };
}
