/**
 * Each change of a diff as a sentence a person reads ("Pain point 'Room not ready' severity
 * 5 -> 3", "Moved 'Kiosk check-in' from Arrival to Stay"), in English like the rest of the
 * command line's output. A sentence is a list of parts so that each format can mark the words
 * a long text lost or gained (a word diff) in its own way; the texts are raw, each renderer
 * escapes them.
 */
import { diffWordsWithSpace } from 'diff';
import { channelName, kpiName } from '../model/catalogues';
import type { JourneyV2 } from '../model/v2';
import { attachUnit } from '../report/numberText';
import type { DiffChange } from './types';

export interface SentencePart {
  text: string;
  /** Words a long text lost or gained; plain text when absent. */
  mark?: 'removed' | 'added';
}
export type Sentence = SentencePart[];

/** A text longer than this, or on several lines, is shown as a word diff rather than whole twice. */
export const LONG_TEXT = 40;
const SUBJECT_TEXT = 60;

type Side = 'old' | 'new';
type Entity = { id: string } & Record<string, unknown>;

/** Names of everything in both versions, looked up once per diff. */
export interface DiffNames {
  find(side: Side, id: string): Entity | undefined;
  journey(side: Side): JourneyV2;
}

export function diffNames(before: JourneyV2, after: JourneyV2): DiffNames {
  const index = (j: JourneyV2) => {
    const byId = new Map<string, Entity>();
    const add = (items: readonly { id: string }[]) => items.forEach((x) => byId.set(x.id, x as Entity));
    add(j.personas);
    add(j.stages);
    add(j.lanes);
    add(j.touchpoints);
    add(j.steps);
    add(j.connections);
    add(j.channels ?? []);
    for (const tp of j.touchpoints) {
      add(tp.painPoints);
      add(tp.opportunities);
      add(tp.metrics);
    }
    return byId;
  };
  const maps = { old: index(before), new: index(after) };
  return { find: (side, id) => maps[side].get(id), journey: (side) => (side === 'old' ? before : after) };
}

function shorten(text: string, max = SUBJECT_TEXT): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}

const quote = (text: string) => `'${text}'`;

/** What a thing is called: its title, name, text or KPI, else its id. */
function label(entity: string, item: Entity | undefined, id: string): string {
  if (!item) return id;
  const named = (v: unknown) => (typeof v === 'string' && v.trim() ? shorten(v) : undefined);
  if (entity === 'metric') return named(item.label) ?? kpiName(String(item.kpi));
  return named(item.title) ?? named(item.name) ?? named(item.text) ?? id;
}

const ENTITY_WORDS: Record<string, string> = {
  journey: 'journey',
  persona: 'persona',
  stage: 'stage',
  lane: 'lane',
  touchpoint: 'touchpoint',
  step: 'step',
  connection: 'connection',
  painPoint: 'pain point',
  opportunity: 'opportunity',
  metric: 'metric',
  channel: 'channel',
};
const FIELD_WORDS: Record<string, string> = { color: 'colour', kpi: 'KPI', stageId: 'stage', laneId: 'lane' };
const BARE_VALUES = new Set(['tier', 'status', 'source', 'kind', 'severity', 'impact', 'effort', 'votes']);
const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const fieldWords = (field: string) => FIELD_WORDS[field] ?? field.replace(/[A-Z]/g, (c) => ` ${c.toLowerCase()}`);

class Describer {
  constructor(
    private readonly names: DiffNames,
    private readonly c: DiffChange,
  ) {}

  private side(): Side {
    return this.c.op === 'removed' ? 'old' : 'new';
  }

  private item(side: Side, id = this.c.id): Entity | undefined {
    return this.names.find(side, id) ?? this.names.find(side === 'old' ? 'new' : 'old', id);
  }

  private named(id: string, side: Side = this.side(), entity = ''): string {
    return quote(label(entity, this.item(side, id), id));
  }

  private placeName(id: unknown, side: Side): string {
    if (typeof id !== 'string') return '(none)';
    return label('', this.item(side, id), id);
  }

  /** "Touchpoint 'Kiosk check-in'", "Metric 'NPS' at 'Check-in'", "Connection from 'A' to 'B'". */
  subject(side: Side = this.side()): string {
    const { entity, id, parentId } = this.c;
    if (entity === 'journey') return 'The journey';
    if (entity === 'connection') {
      const conn = this.item(side) as { from?: string; to?: string } | undefined;
      return `Connection from ${this.named(conn?.from ?? '?', side)} to ${this.named(conn?.to ?? '?', side)}`;
    }
    const own = quote(label(entity, this.item(side), id));
    const where = entity === 'metric' && parentId ? ` at ${this.named(parentId, side)}` : '';
    return `${capital(ENTITY_WORDS[entity]!)} ${own}${where}`;
  }

  private value(field: string, value: unknown, side: Side): string {
    if (value === undefined) return '(none)';
    if (field === 'channel' && typeof value === 'string') return channelName(value, this.names.journey(side).channels);
    if (field === 'stageId' || field === 'laneId') return this.placeName(value, side);
    if (field === 'from' || field === 'to' || field === 'parentId') return this.named(String(value), side);
    if (field === 'kpi' && typeof value === 'string') return kpiName(value);
    if (field === 'position' && typeof value === 'object' && value !== null) {
      const p = value as { x: number; y: number };
      return `(${p.x}, ${p.y})`;
    }
    if (['baseline', 'current', 'target'].includes(field) && typeof value === 'number') {
      const unit = (this.item(side) as { unit?: string } | undefined)?.unit;
      return attachUnit(String(value), unit);
    }
    if (typeof value === 'string') return BARE_VALUES.has(field) ? value : quote(value);
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
    if (Array.isArray(value) && value.every((v) => typeof v === 'string'))
      return value.map(quote).join(', ') || '(none)';
    return JSON.stringify(value);
  }

  /** "before -> after", "set to after", "cleared (was before)", or a word diff of a long text. */
  private transition(field: string): Sentence {
    const { before, after } = this.c;
    if (typeof before === 'string' && typeof after === 'string' && isLong(before, after))
      return longTextChange(before, after);
    if (Array.isArray(before) && Array.isArray(after)) return listDiff(before, after);
    if (before === undefined) return [{ text: `set to ${this.value(field, after, 'new')}` }];
    if (after === undefined) return [{ text: `cleared (was ${this.value(field, before, 'old')})` }];
    return [{ text: `${this.value(field, before, 'old')} -> ${this.value(field, after, 'new')}` }];
  }

  describe(): Sentence {
    const { op, entity, field } = this.c;
    if (op === 'added') return [{ text: `Added ${ENTITY_WORDS[entity]} ${this.addedOrRemoved('new')}` }];
    if (op === 'removed') return [{ text: `Removed ${ENTITY_WORDS[entity]} ${this.addedOrRemoved('old')}` }];
    return this.changed(field ?? '');
  }

  /** "'Thank-you postcard' in After the stay", "'Room not ready' (severity 4) from 'Check-in'". */
  private addedOrRemoved(side: Side): string {
    const { entity, id, parentId } = this.c;
    const item = (side === 'new' ? this.c.after : this.c.before) as Entity;
    const name = quote(label(entity, item, id));
    const toOrFrom = side === 'new' ? 'to' : 'from';
    switch (entity) {
      case 'touchpoint':
      case 'step': {
        const journey = this.names.journey(side);
        const stage = this.placeName(item.stageId, side);
        const showLane = entity === 'step' || journey.lanes.filter((l) => l.kind === 'touchpoints').length > 1;
        return `${name} in ${stage}${showLane ? `, lane ${this.placeName(item.laneId, side)}` : ''}`;
      }
      case 'painPoint':
        return `${name} (severity ${String(item.severity)}) ${toOrFrom} ${this.named(parentId ?? '', side)}`;
      case 'opportunity':
      case 'metric':
        return `${name} ${toOrFrom} ${this.named(parentId ?? '', side)}`;
      case 'connection': {
        const labelText =
          typeof item.label === 'string' && item.label.trim() ? ` labelled ${quote(shorten(item.label))}` : '';
        return `from ${this.named(String(item.from), side)} to ${this.named(String(item.to), side)}${labelText}`;
      }
      case 'lane':
        return `${name} (${String(item.kind)})`;
      default:
        return name;
    }
  }

  private changed(field: string): Sentence {
    const { entity, before, after } = this.c;
    const card = entity === 'touchpoint' || entity === 'step';
    const oldName = quote(label(entity, this.item('old'), this.c.id));
    if (field === 'index') {
      return [
        {
          text: `Moved ${ENTITY_WORDS[entity]} ${oldName} from position ${Number(before) + 1} to ${Number(after) + 1}`,
        },
      ];
    }
    if (card && field === 'stageId') {
      return [{ text: `Moved ${oldName} from ${this.placeName(before, 'old')} to ${this.placeName(after, 'new')}` }];
    }
    if (card && field === 'laneId') {
      return [
        { text: `Moved ${oldName} from lane ${this.placeName(before, 'old')} to lane ${this.placeName(after, 'new')}` },
      ];
    }
    if (card && field === 'position') {
      return [
        {
          text: `Moved ${oldName} on the map from ${this.value(field, before, 'old')} to ${this.value(field, after, 'new')}`,
        },
      ];
    }
    if (field === 'parentId') {
      return [
        {
          text: `Moved ${ENTITY_WORDS[entity]} ${oldName} from ${this.value(field, before, 'old')} to ${this.value(field, after, 'new')}`,
        },
      ];
    }
    if (entity === 'connection' && (field === 'from' || field === 'to')) {
      const end = field === 'from' ? 'starts' : 'ends';
      return [{ text: `${this.subject('old')} now ${end} at ${this.value(field, after, 'new')}` }];
    }
    if (field === 'momentOfTruth' && typeof after === 'boolean') {
      return [{ text: `${this.subject()} is ${after ? 'now' : 'no longer'} a moment of truth` }];
    }
    if (field.startsWith('emotions.')) {
      const personaId = field.slice('emotions.'.length);
      const persona = label('persona', this.item('new', personaId), personaId);
      return [{ text: `Emotion of ${persona} at ${oldName} ` }, ...this.transition(field)];
    }
    const isName = (field === 'title' && entity !== 'journey') || field === 'name';
    if (isName && typeof before === 'string' && typeof after === 'string' && !isLong(before, after)) {
      return [{ text: `Renamed ${ENTITY_WORDS[entity]} ${quote(before)} to ${quote(after)}` }];
    }
    if (entity === 'journey' && field === 'title' && typeof before === 'string' && typeof after === 'string') {
      return [{ text: `Renamed the journey ${quote(before)} to ${quote(after)}` }];
    }
    const subject =
      field === 'text'
        ? `${capital(ENTITY_WORDS[entity]!)} on ${this.named(this.c.parentId ?? '')}`
        : this.subject('old');
    const rest = this.transition(field);
    const long = rest.some((p) => p.mark);
    return [{ text: `${subject} ${fieldWords(field)}${long ? ': ' : ' '}` }, ...rest];
  }
}

function isLong(before: string, after: string): boolean {
  return before.length > LONG_TEXT || after.length > LONG_TEXT || /\n/.test(before + after);
}

/** Below this share of words kept, a long text was rewritten: it is shown whole, old then new. */
const REWRITTEN = 1 / 3;

/** A long text's change: the words that went and came with the rest as it was, or old -> new when little was kept. */
export function longTextChange(before: string, after: string): Sentence {
  const parts = wordDiff(before, after);
  const kept = parts.filter((p) => !p.mark).reduce((n, p) => n + p.text.trim().length, 0);
  if (kept >= REWRITTEN * Math.max(before.trim().length, after.trim().length)) return parts;
  return [{ text: before, mark: 'removed' }, { text: ' -> ' }, { text: after, mark: 'added' }];
}

/** The words of a long text that went and came, with the rest as it was. */
export function wordDiff(before: string, after: string): Sentence {
  return diffWordsWithSpace(before, after).map((part) =>
    part.added
      ? { text: part.value, mark: 'added' }
      : part.removed
        ? { text: part.value, mark: 'removed' }
        : { text: part.value },
  );
}

/** A list of strings (a persona's goals): what was added and what removed. */
function listDiff(before: readonly unknown[], after: readonly unknown[]): Sentence {
  const show = (v: unknown) => quote(typeof v === 'string' ? v : JSON.stringify(v));
  const removed = before.filter((v) => !after.some((w) => JSON.stringify(w) === JSON.stringify(v)));
  const added = after.filter((v) => !before.some((w) => JSON.stringify(w) === JSON.stringify(v)));
  const parts: Sentence = [];
  if (added.length) parts.push({ text: 'added ' }, { text: added.map(show).join(', '), mark: 'added' });
  if (added.length && removed.length) parts.push({ text: '; ' });
  if (removed.length) parts.push({ text: 'removed ' }, { text: removed.map(show).join(', '), mark: 'removed' });
  return parts.length ? parts : [{ text: 'reordered' }];
}

export function describeChange(names: DiffNames, change: DiffChange): Sentence {
  return new Describer(names, change).describe();
}

/** The sentence without marks, e.g. for tests and plain logs: removed words as [-x-], added as {+x+}. */
export function plainSentence(sentence: Sentence): string {
  return sentence
    .map((p) => (p.mark === 'removed' ? `[-${p.text}-]` : p.mark === 'added' ? `{+${p.text}+}` : p.text))
    .join('');
}
