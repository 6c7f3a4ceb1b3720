/**
 * A journey as a Mermaid `journey` diagram, for a Markdown file on GitHub or GitLab. Lossy
 * (docs/cli.md and the README list what is lost): the title, the description (accDescr),
 * stages (sections), touchpoints (tasks, in journey order) and each persona's emotion as
 * Mermaid's score 1..5 (emotion + 3) with the persona as the task's actor. Mermaid gives a
 * task one score, so a touchpoint its personas rated differently is written as consecutive
 * lines of the same task, one per score; the importer joins them back into one touchpoint. An
 * unrated touchpoint is a task with the middle score and no actor. Text is written with
 * Mermaid's entity codes for the characters its syntax takes (":" "," ";" "#" "%"), and
 * line breaks become spaces.
 */
import { orderTouchpointsV2 } from '../model/v2';
import type { JourneyV2 } from '../model/v2';

const UNRATED_SCORE = 3;

/** Text safe in a Mermaid journey line: no syntax characters, no line breaks, no leading keyword. */
export function escapeMermaidText(text: string): string {
  const flat = text
    .replace(/[\r\n\u2028\u2029]+/g, ' ')
    .replace(/[#:;,%]/g, (c) => `#${c.charCodeAt(0)};`)
    .trim();
  // A task named "section x" or "title x" would read as that statement.
  return /^(title|section|accTitle|accDescr)\b/i.test(flat) ? `#${flat.charCodeAt(0)};${flat.slice(1)}` : flat;
}

/** A name that is blank, written as its id; an id of only spaces as entity codes, so the line still names it. */
function nameOr(name: string, id: string): string {
  return escapeMermaidText(name) || escapeMermaidText(id) || [...id].map((c) => `#${c.codePointAt(0)};`).join('');
}

export function journeyToMermaid(journey: JourneyV2): string {
  const out = ['journey'];
  const title = escapeMermaidText(journey.title);
  if (title) out.push(`  title ${title}`);
  const description = escapeMermaidText(journey.description ?? '');
  if (description) out.push(`  accDescr: ${description}`);
  const personas = journey.personas;
  const ordered = orderTouchpointsV2(journey);
  for (const stage of journey.stages) {
    out.push(`  section ${nameOr(stage.name, stage.id)}`);
    for (const tp of ordered.filter((t) => t.stageId === stage.id)) {
      const task = nameOr(tp.title, tp.id);
      const byScore = new Map<number, string[]>();
      for (const persona of personas) {
        // Own keys only: a persona id such as "toString" must not find Object.prototype's.
        if (!Object.hasOwn(tp.emotions, persona.id)) continue;
        const emotion = tp.emotions[persona.id]!;
        const score = emotion + 3;
        byScore.set(score, [...(byScore.get(score) ?? []), nameOr(persona.name, persona.id)]);
      }
      if (byScore.size === 0) out.push(`    ${task}: ${UNRATED_SCORE}`);
      for (const [score, actors] of byScore) out.push(`    ${task}: ${score}: ${actors.join(', ')}`);
    }
  }
  return `${out.join('\n')}\n`;
}
