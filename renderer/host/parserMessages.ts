/**
 * What the parser worker sends back: a parsed journey's touchpoints in parts of about
 * PART_BYTES of file each, then the answer without them. Taking a message (structured-clone
 * deserialisation) runs on the main thread in one task; a 20 MB journey in one message was an
 * 80 ms task, in parts it is many short ones with frames drawn between them.
 */
import type { Touchpoint } from '../../shared/model';
import type { ParsedJourney } from './parseJourneyBytes';

export const PART_BYTES = 1024 * 1024;

/** Some of the journey's touchpoints, in order, ahead of the answer. */
export interface TouchpointsPart {
  kind: 'touchpoints';
  items: Touchpoint[];
}

export type ParserMessage = TouchpointsPart | ParsedJourney;

/** The answer as messages: touchpoints in parts (sized by the file's bytes per touchpoint), then the rest. */
export function toMessages(parsed: ParsedJourney, fileBytes: number): ParserMessage[] {
  if (!parsed.ok || parsed.journey.touchpoints.length === 0) return [parsed];
  const { touchpoints } = parsed.journey;
  const perPart = Math.max(1, Math.floor(PART_BYTES / Math.max(1, fileBytes / touchpoints.length)));
  const messages: ParserMessage[] = [];
  for (let i = 0; i < touchpoints.length; i += perPart)
    messages.push({ kind: 'touchpoints', items: touchpoints.slice(i, i + perPart) });
  messages.push({ ...parsed, journey: { ...parsed.journey, touchpoints: [] } });
  return messages;
}

/** Gathers the parts; the answer (any message that is not a part) gets them back in order, ahead of its own. */
export function partCollector(): { take(message: ParserMessage): ParsedJourney | null } {
  const parts: Touchpoint[][] = [];
  return {
    take(message) {
      if ('kind' in message && message.kind === 'touchpoints') {
        parts.push(message.items);
        return null;
      }
      const answer = message as ParsedJourney;
      if (!answer.ok || parts.length === 0) return answer;
      return {
        ...answer,
        journey: { ...answer.journey, touchpoints: [...parts.flat(), ...answer.journey.touchpoints] },
      };
    },
  };
}
