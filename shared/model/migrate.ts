/**
 * Brings any earlier file shape up to the current format version. Each step is a pure
 * function from version N to N+1; later versions append steps (tldraw/Excalidraw style).
 */
import { FORMAT_NAME, FORMAT_VERSION_V1 } from './schema';
import type { Problem } from './types';
import { worded, type Worded } from './worded';

type Json = Record<string, unknown>;
export type MigrateResultV1 = { ok: true; value: Json; migratedFrom?: number } | { ok: false; problems: Problem[] };

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const asString = (v: unknown, fallback = ''): string => (typeof v === 'string' ? v : fallback);

/**
 * Version 0 was the pre-release shape: touchpoints nested inside stages, `name` instead of
 * `title`, pain points as plain strings. Fields this step does not know are kept.
 */
function v0ToV1(old: Json): Json {
  const { name, stages, created, ...rest } = old;
  const touchpoints: Json[] = [];
  const newStages = asArray(stages).map((rawStage) => {
    const stage = isObject(rawStage) ? rawStage : {};
    const { touchpoints: nested, ...stageRest } = stage;
    asArray(nested).forEach((rawTp, index) => {
      const tp = isObject(rawTp) ? rawTp : {};
      const { pains, ...tpRest } = tp;
      touchpoints.push({
        tier: 'utility',
        momentOfTruth: false,
        opportunities: [],
        metrics: [],
        position: { x: 24, y: 24 + index * 150 },
        ...tpRest,
        stageId: stage.id,
        painPoints: asArray(pains).map((pain, i) => ({
          id: `${asString(tp.id, 'tp')}-pain-${i + 1}`,
          text: asString(pain),
          severity: 3,
          source: 'direct',
        })),
      });
    });
    return stageRest;
  });
  const createdAt = asString(created, '1970-01-01T00:00:00.000Z');
  return {
    ...rest,
    version: 1,
    title: asString(name),
    stages: newStages,
    touchpoints,
    connections: [],
    createdAt,
    updatedAt: createdAt,
  };
}

/** MIGRATIONS[n] upgrades a version-n document to version n+1. */
const MIGRATIONS: ((doc: Json) => Json)[] = [v0ToV1];

/**
 * The envelope every version shares: a JSON object, `format` naming this tool, and a whole
 * `version` no newer than `newest` (the newest version the caller reads).
 */
export function checkEnvelope(
  fileJson: unknown,
  newest: number,
): { ok: true; value: Json; version: number } | { ok: false; problems: Problem[] } {
  if (!isObject(fileJson)) return refuse('', worded('a journey file must hold a JSON object', 'notObject'));
  if (fileJson.format !== FORMAT_NAME) {
    return refuse(
      'format',
      worded(`expected "${FORMAT_NAME}" (this is not a Journey Studio file)`, 'wrongFormat', { format: FORMAT_NAME }),
    );
  }
  const version = fileJson.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return refuse('version', worded('must be a whole number of 0 or more', 'badVersion'));
  }
  if (version > newest) {
    return refuse(
      'version',
      worded(
        `this file was saved by a newer Journey Studio (format version ${version}); this version reads files up to version ${newest}. Update Journey Studio to open it.`,
        'newerVersion',
        { version, newest },
      ),
    );
  }
  return { ok: true, value: fileJson, version };
}

export function migrateToV1(fileJson: unknown): MigrateResultV1 {
  const envelope = checkEnvelope(fileJson, FORMAT_VERSION_V1);
  if (!envelope.ok) return envelope;
  const version = envelope.version;
  let doc = envelope.value;
  for (let v = version; v < FORMAT_VERSION_V1; v++) doc = MIGRATIONS[v]!(doc);
  return version < FORMAT_VERSION_V1 ? { ok: true, value: doc, migratedFrom: version } : { ok: true, value: doc };
}

function refuse(path: string, words: Worded): { ok: false; problems: Problem[] } {
  return { ok: false, problems: [{ path, ...words }] };
}
