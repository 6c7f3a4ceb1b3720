/**
 * Every catalogue key is used somewhere in renderer/, shared/ or electron/, and every key the
 * code asks for exists. Keys built at run time (t(`tier.${tier}`)) are covered by the prefixes
 * below, each with its reason; a prefix no code builds any more fails the test too.
 */
import { describe, expect, it } from 'vitest';
import { en } from '../../../shared/i18n/en';
import { keyReferences, parse, sourceFiles } from './sourceScan';

/** Catalogue files hold the keys; they do not use them. */
const CATALOGUE_FILES = ['shared/i18n/en', 'shared/i18n/zh-CN', 'shared/i18n/zh-TW'];

/** A template-string head in the code, the key endings it can produce (all when absent), and why. */
interface DynamicKeys {
  only?: readonly string[];
  reason: string;
}

const DYNAMIC_PREFIXES: Record<string, DynamicKeys> = {
  'channel.': { reason: 'built-in channel names by id (catalogueLabels, canvas cards, report, export labels)' },
  'kpi.': { reason: 'KPI names by id (catalogueLabels)' },
  'tier.': { reason: 'CX pyramid tier names by tier (cards, inspector, export labels)' },
  'tierHelp.': { reason: 'the inspector explains each tier' },
  'severity.': { reason: 'severity names by level 1..5 (catalogueLabels)' },
  'painSource.': { reason: 'pain point sources by id (catalogueLabels)' },
  'opportunityStatus.': { reason: 'opportunity statuses by id (catalogueLabels)' },
  'command.': { reason: 'toolbar buttons are labelled by command id' },
  'language.': { reason: 'Settings > Language lists the languages by tag' },
  'theme.': { reason: 'Settings > Theme lists the themes by id' },
  'report.warning.': { reason: 'report warnings are worded by warning code' },
  'reportDoc.column.': { reason: 'the Markdown report names its table columns by column id' },
  'reportFile.csv.': { reason: 'the CSV report names its columns by column id' },
  'reportFile.tier.': { reason: 'report files write tiers by id (English: the id itself)' },
  'reportFile.source.': { reason: 'report files write pain point sources by id (English: the id itself)' },
  'reportFile.status.': { reason: 'report files write opportunity statuses by id (English: the id itself)' },
  'importDialog.field.': { reason: 'the import dialog names each field a column can be imported as' },
  'importDialog.confidence.': { reason: 'the import dialog says how each column was understood' },
  'fileProblem.': {
    reason: "a .journey file's problem is worded by its code in the app (the English message is the command line's)",
  },
  'importProblem.': {
    reason: 'an import problem is worded by its code (English for the command line, the UI language in the app)',
  },
  'export.formats.': { reason: 'the Export dialog names formats by id' },
  'export.steps.': { reason: 'export progress names its current step' },
  'opportunityForm.score.': { reason: 'impact and effort choices by score 1..5' },
  'opportunityForm.': { only: ['impact', 'effort'], reason: 'one score select serves impact and effort' },
  'metricForm.': { only: ['baseline', 'current', 'target'], reason: 'one number field per KPI value' },
  'touchpointForm.emotionLevel.': { reason: 'the emotion scale names each level' },
  'painPointForm.sourceHint.': { reason: 'the hint follows the chosen source' },
  'panels.tab.': { reason: 'side panel tabs by id' },
  'canvas.a11y.direction.': { reason: 'React Flow says which way a card moved' },
  'lanes.kind.': { reason: 'lanes are named by kind (a lane without a name, the kinds offered for a lane)' },
  'lanes.line.': { reason: 'the service blueprint’s lines are labelled by kind (canvas and exports)' },
  'lanes.refused.': { reason: 'a refused lane edit says why, by the refusal’s reason' },
  'personaForm.': {
    only: ['goals', 'needs', 'expectations'].flatMap((list) =>
      ['title', 'empty', 'item', 'add', 'remove'].map((word) => `${list}.${word}`),
    ),
    reason: 'one list editor serves goals, needs and expectations',
  },
};

const coveredByDynamic = (key: string) =>
  Object.entries(DYNAMIC_PREFIXES).some(
    ([prefix, { only }]) => key.startsWith(prefix) && (!only || only.includes(key.slice(prefix.length))),
  );

function flatKeys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => flatKeys(child, prefix ? `${prefix}.${key}` : key));
}

const KEYS = flatKeys(en);
/** i18next picks painCount_one or painCount_other for t('canvas.painCount', { count }). */
const PLURAL = /_(zero|one|two|few|many|other)$/;
const baseOf = (key: string) => key.replace(PLURAL, '');
const KNOWN = new Set(KEYS.map(baseOf));

const files = ['renderer', 'shared', 'electron'].flatMap((folder) =>
  sourceFiles(folder, ['.ts', '.tsx'], CATALOGUE_FILES),
);
const refs = keyReferences(files);

describe('catalogue keys', () => {
  it('are all used: named by a literal in the code, or under a dynamic prefix', () => {
    const unused = KEYS.filter(
      (key) => !refs.literals.has(key) && !refs.literals.has(baseOf(key)) && !coveredByDynamic(key),
    );
    expect(unused).toEqual([]);
  });

  it('exist for every key the code asks for by name', () => {
    const missing = refs.explicit.filter(({ key }) => !KNOWN.has(key)).map(({ key, where }) => `${where} ${key}`);
    expect(missing).toEqual([]);
  });

  it('allow only dynamic prefixes that the code builds and that hold keys', () => {
    const stale = Object.keys(DYNAMIC_PREFIXES).filter(
      (prefix) => ![...refs.dynamicPrefixes].some((head) => head === prefix) || !KEYS.some((k) => k.startsWith(prefix)),
    );
    expect(stale).toEqual([]);
  });

  it('reads t() calls, *Key properties, i18nKey and template heads, not comments', () => {
    const sample = keyReferences([
      parse(
        'sample.tsx',
        `// t('in.a.comment')
        const x = { labelKey: 'a.label', mergeKey: 'not:a-key' };
        i18n.t('b.key', { n: 1 });
        t(\`c.\${id}\`);
        const el = <Trans i18nKey="d.key" />;`,
      ),
    ]);
    expect(sample.explicit.map((r) => r.key)).toEqual(['a.label', 'b.key', 'd.key']);
    expect([...sample.dynamicPrefixes]).toEqual(['c.']);
    expect(sample.literals.has('in.a.comment')).toBe(false);
  });

  it('finds the references it is meant to find in the app', () => {
    // A literal in t(), a labelKey, a plural base and a template-string prefix.
    expect(refs.explicit.some((r) => r.key === 'app.untitled')).toBe(true);
    expect(refs.explicit.some((r) => r.key === 'command.new-from-template')).toBe(true);
    expect(refs.literals.has('canvas.painCount')).toBe(true);
    expect(refs.dynamicPrefixes.has('tier.')).toBe(true);
    expect(refs.literals.has('menu.file')).toBe(true);
  });
});
