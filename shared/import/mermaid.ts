/**
 * Mermaid `journey` diagrams (https://mermaid.js.org/syntax/userJourney.html) to a journey:
 * `title` is the title, each `section` a stage, each `task: score: actor, actor` a touchpoint in
 * that stage, each actor a persona rating it: Mermaid's score 1..5 becomes the emotion -2..2.
 * `%%` comments, `accTitle` and `accDescr` (one line or a { block }) are understood: accDescr
 * becomes the description, accTitle the title when there is none. A task with no actor is rated
 * by a persona named "Customer" in the journey's language. Every bad line is reported with its
 * number; nothing is made when there is one.
 */
import { JourneyBuilder, BuildLimitError } from './builder';
import { MAX_CELL_CHARS, MAX_DIAGRAM_LINES } from './limits';
import { ownValue } from './vocabulary';
import { coded, type ProblemValues } from './problemWords';
import type { ImportOptions, ImportProblem, ImportResult } from './types';

export const MERMAID_SCORE_MIN = 1;
export const MERMAID_SCORE_MAX = 5;

/** Mermaid's 1..5 to the emotion -2..2. */
export const scoreToEmotion = (score: number) => score - 3;

/** Does this text look like a Mermaid journey (its first statement is `journey`)? */
export function looksLikeMermaidJourney(text: string): boolean {
  for (const raw of text.replace(/^\uFEFF/, '').split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('%%') || line === '---' || line === '```mermaid') continue;
    return line === 'journey' || line.startsWith('journey ');
  }
  return false;
}

const NAMED_ENTITIES: Record<string, string> = {
  quot: '"',
  amp: '&',
  lt: '<',
  gt: '>',
  colon: ':',
  semi: ';',
  comma: ',',
  num: '#',
  percnt: '%',
  nbsp: '\u00a0',
};

/** Mermaid's entity codes (`#58;`, `#colon;`), which its text uses for characters its syntax takes. */
export function decodeMermaidEntities(text: string): string {
  return text.replace(/#(\d{1,7}|[a-z]{2,8});/gi, (whole, code: string) => {
    if (/^\d+$/.test(code)) {
      const n = Number(code);
      return n > 0 && n <= 0x10ffff && !(n >= 0xd800 && n <= 0xdfff) ? String.fromCodePoint(n) : whole;
    }
    return ownValue(NAMED_ENTITIES, code.toLowerCase()) ?? whole;
  });
}

interface Task {
  line: number;
  title: string;
  score: number;
  actors: string[];
}

/**
 * The diagram from a Markdown file too: the first ```mermaid fence that holds a journey.
 * Line numbers stay those of the file.
 */
function diagramLines(text: string): { lines: string[]; offset: number } {
  const all = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const fence = all.findIndex(
    (l, i) =>
      l.trim() === '```mermaid' &&
      all
        .slice(i + 1)
        .find((x) => x.trim() !== '')
        ?.trim() === 'journey',
  );
  if (fence < 0) return { lines: all, offset: 0 };
  const end = all.findIndex((l, i) => i > fence && l.trim().startsWith('```'));
  return { lines: all.slice(fence + 1, end < 0 ? undefined : end), offset: fence + 1 };
}

export function importMermaid(text: string, options: ImportOptions = {}): ImportResult {
  const { lines, offset } = diagramLines(text);
  if (lines.length > MAX_DIAGRAM_LINES) {
    return {
      ok: false,
      problems: [
        { message: `${lines.length} lines; an import reads at most ${MAX_DIAGRAM_LINES.toLocaleString('en')}` },
      ],
    };
  }
  const problems: ImportProblem[] = [];
  const notes: string[] = [];
  let title: string | undefined;
  let accTitle: string | undefined;
  let accDescr: string[] = [];
  let inDescrBlock = false;
  let sawJourney = false;
  const sections: { line: number; name: string; tasks: Task[] }[] = [];
  let frontMatter = false;

  lines.forEach((raw, i) => {
    const line = i + 1 + offset;
    const text = raw.trim();
    const bad = (code: string, values: ProblemValues = {}) =>
      problems.push({ line, value: text, ...coded(code, values) });
    if (raw.length > MAX_CELL_CHARS) return bad('lineTooLong', { length: raw.length, max: MAX_CELL_CHARS });
    if (inDescrBlock) {
      if (text.endsWith('}')) {
        inDescrBlock = false;
        const last = text.slice(0, -1).trim();
        if (last) accDescr.push(last);
      } else accDescr.push(text);
      return;
    }
    // YAML front matter (---, title: …, ---) before the diagram.
    if (!sawJourney && text === '---') {
      frontMatter = !frontMatter;
      return;
    }
    if (frontMatter) {
      const m = /^title:\s*(.+)$/.exec(text);
      if (m) title = m[1]!.trim().replace(/^["']|["']$/g, '');
      return;
    }
    if (text === '' || text.startsWith('%%')) return;
    if (!sawJourney) {
      if (text === 'journey') {
        sawJourney = true;
        return;
      }
      return bad('mermaidStart');
    }
    let m: RegExpExecArray | null;
    if ((m = /^title\s+(.+)$/.exec(text))) title = decodeMermaidEntities(m[1]!.trim());
    else if ((m = /^accTitle\s*:\s*(.*)$/.exec(text))) accTitle = m[1]!.trim();
    else if ((m = /^accDescr\s*:\s*(.*)$/.exec(text))) accDescr = [m[1]!.trim()];
    else if ((m = /^accDescr\s*\{\s*(.*)$/.exec(text))) {
      accDescr = [];
      const rest = m[1]!;
      if (rest.endsWith('}')) {
        if (rest.slice(0, -1).trim()) accDescr.push(rest.slice(0, -1).trim());
      } else {
        if (rest.trim()) accDescr.push(rest.trim());
        inDescrBlock = true;
      }
    } else if ((m = /^section\s+(.+)$/.exec(text))) {
      sections.push({ line, name: decodeMermaidEntities(m[1]!.trim()), tasks: [] });
    } else if (text.includes(':')) {
      // task: score[: actor, actor]. The task's own text cannot hold a colon in Mermaid.
      const [taskTitle, scoreText, ...rest] = text.split(':');
      const actorsText = rest.join(':');
      const score = Number((scoreText ?? '').trim());
      if (!taskTitle!.trim()) return bad('mermaidTaskName');
      if (!/^\d+$/.test((scoreText ?? '').trim()) || score < MERMAID_SCORE_MIN || score > MERMAID_SCORE_MAX) {
        return bad('mermaidScore', { min: MERMAID_SCORE_MIN, max: MERMAID_SCORE_MAX });
      }
      const actors = actorsText
        .split(',')
        .map((a) => decodeMermaidEntities(a.trim()))
        .filter(Boolean);
      if (sections.length === 0) sections.push({ line, name: '', tasks: [] });
      sections[sections.length - 1]!.tasks.push({
        line,
        title: decodeMermaidEntities(taskTitle!.trim()),
        score,
        actors,
      });
    } else bad('mermaidLine');
  });
  if (!sawJourney && problems.length === 0) problems.push(coded('mermaidNoDiagram'));
  if (inDescrBlock) problems.push(coded('mermaidDescrOpen'));
  if (problems.length > 0) return { ok: false, problems };

  const build = new JourneyBuilder({
    ...options,
    title: title ?? (accTitle === undefined ? undefined : decodeMermaidEntities(accTitle)) ?? options.title ?? '',
  });
  if (accDescr.length > 0) build.journey.description = decodeMermaidEntities(accDescr.join('\n'));
  const lane = build.lane(null);
  // A diagram that names no actor rates its tasks for one persona; one that does leaves a task
  // without actors unrated (that is how the Mermaid export writes an unrated touchpoint).
  const anyActor = sections.some((s) => s.tasks.some((t) => t.actors.length > 0));
  try {
    for (const section of sections) {
      const stageId = build.newStage(section.name || build.word('importing.defaultStage'));
      let previous: { task: Task; emotions: Record<string, number> } | null = null;
      for (const task of section.tasks) {
        const actors = anyActor ? task.actors : [build.word('importing.defaultPersona')];
        const ids = actors.map((actor) => build.persona(actor));
        // The export writes a touchpoint its personas rated differently as consecutive lines of
        // one task, each with the personas of one score: they are one touchpoint again.
        if (
          previous &&
          previous.task.title === task.title &&
          ids.length > 0 &&
          ids.every((id) => !Object.hasOwn(previous!.emotions, id))
        ) {
          for (const id of ids) previous.emotions[id] = scoreToEmotion(task.score);
          continue;
        }
        const emotions: Record<string, number> = {};
        for (const id of ids) emotions[id] = scoreToEmotion(task.score);
        build.touchpoint(stageId, lane.id, { title: task.title, emotions });
        previous = ids.length > 0 ? { task, emotions } : null;
      }
    }
  } catch (error) {
    if (error instanceof BuildLimitError) return { ok: false, problems: [{ message: error.message }] };
    throw error;
  }
  if (build.journey.touchpoints.some((tp) => tp.title)) {
    notes.push(
      'Mermaid carries no channels, tiers or pain points: every touchpoint is on the website channel, utility tier',
    );
  }
  return build.finish(notes);
}
