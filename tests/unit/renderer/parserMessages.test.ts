import { describe, expect, it } from 'vitest';
import { PART_BYTES, partCollector, toMessages, type ParserMessage } from '../../../renderer/host/parserMessages';
import type { ParsedJourney } from '../../../renderer/host/parseJourneyBytes';
import { generateJourney } from '../../bench/generateJourney';

/** What the client gets back from the messages, taken in order; null if no answer came. */
function collect(messages: readonly ParserMessage[]): ParsedJourney | null {
  const collector = partCollector();
  let answer: ParsedJourney | null = null;
  for (const message of messages) answer = collector.take(structuredClone(message)) ?? answer;
  return answer;
}

describe('the parser worker answer in parts', () => {
  const journey = generateJourney(1000);
  const parsed: ParsedJourney = { ok: true, journey, notes: [] };

  it('sends the touchpoints in parts of about PART_BYTES of file each, then the answer without them', () => {
    const messages = toMessages(parsed, 20 * PART_BYTES);
    // 20 MB over 1,000 touchpoints: 50 a part, 20 parts and the answer.
    expect(messages).toHaveLength(21);
    expect(messages.slice(0, 20).every((m) => 'kind' in m && m.kind === 'touchpoints' && m.items.length === 50)).toBe(
      true,
    );
    const last = messages.at(-1)!;
    expect('ok' in last && last.ok && last.journey.touchpoints).toEqual([]);
  });

  it('puts the journey back together exactly, touchpoints in order', () => {
    expect(collect(toMessages(parsed, 20 * PART_BYTES))).toEqual(parsed);
    // A small file: one part.
    expect(toMessages(parsed, 1000)).toHaveLength(2);
    expect(collect(toMessages(parsed, 1000))).toEqual(parsed);
  });

  it('sends a refusal, or a journey without touchpoints, as one message', () => {
    const refused: ParsedJourney = { ok: false, problems: [{ path: '', message: 'bad' }] };
    expect(toMessages(refused, 10 * PART_BYTES)).toEqual([refused]);
    const empty: ParsedJourney = { ok: true, journey: { ...journey, touchpoints: [] }, notes: [] };
    expect(toMessages(empty, 10 * PART_BYTES)).toEqual([empty]);
  });

  it('takes a whole answer in one message too', () => {
    expect(collect([parsed])).toEqual(parsed);
  });
});
