/**
 * Builds the imported journey with the version 2 factories: stages in order of first
 * appearance, lanes, personas and custom channels made once per name, cards stacked in their
 * cell, and the whole checked by the v2 validator before anyone sees it (a failure there is a
 * bug of the importer, reported as a problem rather than a broken file).
 */
import type { UiLanguage } from '../i18n/languages';
import { SIZES } from '../layout/tokens';
import { formatProblem } from '../model/types';
import {
  MAX_LANES,
  MAX_PERSONAS,
  POSITION_MAX,
  TOUCHPOINT_LANE_KIND,
  createJourneyV2,
  createLane,
  createPersona,
  createStep,
  createTouchpointV2,
  newItemIdV2,
  validateJourneyV2,
  type JourneyV2,
  type Lane,
  type LaneKind,
  type Step,
  type TouchpointV2,
} from '../model/v2';
import { coded, type ProblemValues } from './problemWords';
import type { ImportOptions, ImportResult } from './types';
import { importWord, wordKey } from './vocabulary';

/** Cards of one cell go top to bottom, a card's height and a gap apart. */
const CARD_STEP = SIZES.cardHeight + SIZES.cardGap;
const CARD_MARGIN = 24;
const COLUMN_STEP = SIZES.cardWidth + SIZES.cardGap;
/** Cards one column of a cell holds before a position would pass the format's limit. */
const CARDS_PER_COLUMN = Math.floor((POSITION_MAX - CARD_MARGIN) / CARD_STEP) + 1;

/** A journey's limit reached (lanes, personas), with the problem's code and values. */
export class BuildLimitError extends Error {
  readonly problem: ReturnType<typeof coded>;
  constructor(code: string, values: ProblemValues) {
    const problem = coded(code, values);
    super(problem.message);
    this.problem = problem;
  }
}

export class JourneyBuilder {
  readonly journey: JourneyV2;
  readonly lang: UiLanguage;
  private readonly stagesByName = new Map<string, string>();
  private readonly lanesByName = new Map<string, Lane>();
  private readonly personasByName = new Map<string, string>();
  private readonly channelsByName = new Map<string, string>();
  private readonly cellCounts = new Map<string, number>();
  /** The touchpoint lane made with the journey; renamed or used as the first touchpoint lane. */
  private defaultLane: Lane | null;

  constructor(options: ImportOptions) {
    this.lang = options.lang ?? 'en';
    this.journey = createJourneyV2({ title: options.title ?? '', ...(options.now ? { now: options.now } : {}) });
    this.defaultLane = this.journey.lanes[0]!;
    this.defaultLane.name = importWord(this.lang, 'importing.defaultLane');
  }

  word(key: string): string {
    return importWord(this.lang, key);
  }

  /** What the editor calls a lane kind in the journey's language; the kind's id where it has no name. */
  laneKindName(kind: LaneKind): string {
    const key = `lanes.kind.${kind}`;
    const word = this.word(key);
    return word === key ? kind : word;
  }

  /** A stage of its own, even when another has the same name (a Mermaid diagram's sections). */
  newStage(name: string): string {
    const id = newItemIdV2('stage');
    this.journey.stages.push({ id, name: name.trim() });
    if (!this.stagesByName.has(name.trim())) this.stagesByName.set(name.trim(), id);
    return id;
  }

  stage(name: string): string {
    const key = name.trim();
    const known = this.stagesByName.get(key);
    if (known) return known;
    const id = newItemIdV2('stage');
    this.journey.stages.push({ id, name: key });
    this.stagesByName.set(key, id);
    return id;
  }

  /** The lane named `name` of this kind, made at the bottom when new; null name: the default touchpoint lane. */
  lane(name: string | null, kind: LaneKind = TOUCHPOINT_LANE_KIND): Lane {
    if (name === null || name.trim() === '') {
      if (kind === TOUCHPOINT_LANE_KIND) return this.firstTouchpointLane();
      name = this.laneKindName(kind);
    }
    const key = `${kind}|${wordKey(name)}`;
    const known = this.lanesByName.get(key);
    if (known) return known;
    let lane: Lane;
    if (kind === TOUCHPOINT_LANE_KIND && this.defaultLane) {
      // The journey's first lane takes the first touchpoint lane's name instead of staying empty.
      lane = this.defaultLane;
      lane.name = name.trim();
      this.defaultLane = null;
    } else {
      if (this.journey.lanes.length >= MAX_LANES) {
        throw new BuildLimitError('tooManyLanes', { max: MAX_LANES, name: name.trim(), next: MAX_LANES + 1 });
      }
      lane = createLane(kind, { name: name.trim() });
      this.journey.lanes.push(lane);
    }
    this.lanesByName.set(key, lane);
    return lane;
  }

  private firstTouchpointLane(): Lane {
    if (this.defaultLane) {
      const lane = this.defaultLane;
      this.defaultLane = null;
      this.lanesByName.set(`${TOUCHPOINT_LANE_KIND}|${wordKey(lane.name)}`, lane);
      return lane;
    }
    return this.journey.lanes.find((l) => l.kind === TOUCHPOINT_LANE_KIND)!;
  }

  persona(name: string): string {
    const key = name.trim();
    const known = this.personasByName.get(key);
    if (known) return known;
    if (this.journey.personas.length >= MAX_PERSONAS) {
      throw new BuildLimitError('tooManyPersonas', { max: MAX_PERSONAS, name: key, next: MAX_PERSONAS + 1 });
    }
    const persona = createPersona({ name: key });
    this.journey.personas.push(persona);
    this.personasByName.set(key, persona.id);
    return persona.id;
  }

  /** A custom channel's id for a name that is no built-in channel. */
  customChannel(name: string): string {
    const key = wordKey(name);
    const known = this.channelsByName.get(key);
    if (known) return known;
    const id = newItemIdV2('channel');
    (this.journey.channels ??= []).push({ id, name: name.trim() });
    this.channelsByName.set(key, id);
    return id;
  }

  /** Top to bottom; a cell with more cards than a position may reach goes on in the next column. */
  private nextPosition(stageId: string, laneId: string) {
    const cell = `${stageId}|${laneId}`;
    const count = this.cellCounts.get(cell) ?? 0;
    this.cellCounts.set(cell, count + 1);
    const column = Math.floor(count / CARDS_PER_COLUMN);
    return { x: CARD_MARGIN + column * COLUMN_STEP, y: CARD_MARGIN + (count % CARDS_PER_COLUMN) * CARD_STEP };
  }

  touchpoint(stageId: string, laneId: string, fields: Partial<TouchpointV2>): TouchpointV2 {
    const touchpoint = createTouchpointV2(stageId, laneId, { ...fields, position: this.nextPosition(stageId, laneId) });
    this.journey.touchpoints.push(touchpoint);
    return touchpoint;
  }

  step(stageId: string, laneId: string, fields: Partial<Step>): Step {
    const step = createStep(stageId, laneId, { ...fields, position: this.nextPosition(stageId, laneId) });
    this.journey.steps.push(step);
    return step;
  }

  /** The journey, checked; a journey with no stage gets one so that it opens. */
  finish(notes: string[]): ImportResult {
    if (this.journey.stages.length === 0) this.stage(this.word('importing.defaultStage'));
    const checked = validateJourneyV2(this.journey);
    if (!checked.ok) {
      return {
        ok: false,
        problems: checked.problems.map((p) => ({
          message: `the imported journey would be invalid: ${formatProblem(p)}`,
        })),
      };
    }
    return { ok: true, journey: checked.journey, notes };
  }
}
