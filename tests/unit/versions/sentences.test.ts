/** The sentences a person reads for each change, and word diffs of long texts. */
import { describe, expect, it } from 'vitest';
import type { JourneyV2 } from '../../../shared/model/v2';
import {
  describeChange,
  diffJourneys,
  diffNames,
  longTextChange,
  plainSentence,
  wordDiff,
} from '../../../shared/versions';
import { edited, hotelStay } from './hotelVersions';

function sentencesAfter(edit: (j: JourneyV2) => void): string[] {
  const before = hotelStay();
  const after = edited(edit);
  const names = diffNames(before, after);
  return diffJourneys(before, after).changes.map((c) => plainSentence(describeChange(names, c)));
}
const kiosk = (j: JourneyV2) => j.touchpoints[0]!;

describe('diff sentences', () => {
  it('say where a card moved, by stage and lane names', () => {
    expect(
      sentencesAfter((j) => {
        kiosk(j).stageId = 'stage-stay';
        kiosk(j).position = { x: 300, y: 40 };
        j.steps[0]!.laneId = 'lane-support';
        j.lanes.push({ id: 'lane-support', name: 'Support', kind: 'support' });
      }),
    ).toEqual([
      "Added lane 'Support' (support)",
      "Moved 'Kiosk check-in' from Arrival to Stay",
      "Moved 'Kiosk check-in' on the map from (24, 24) to (300, 40)",
      "Moved 'Housekeeping cleans the room' from lane Backstage to lane Support",
    ]);
  });

  it('name added and removed cards with their stage (and lane for steps)', () => {
    expect(
      sentencesAfter((j) => {
        j.touchpoints.push({
          ...structuredClone(j.touchpoints[1]!),
          id: 'tp-card',
          title: 'Thank-you postcard',
          stageId: 'stage-after',
        });
        j.steps = [];
      }),
    ).toEqual([
      "Removed step 'Housekeeping cleans the room' in Stay, lane Backstage",
      "Added touchpoint 'Thank-you postcard' in After the stay",
    ]);
  });

  it('give annotation changes with their touchpoint and values', () => {
    expect(
      sentencesAfter((j) => {
        kiosk(j).painPoints[0]!.severity = 3;
        kiosk(j).painPoints[0]!.votes = 4;
        kiosk(j).painPoints.push({ id: 'pain-queue', text: 'Queue at the kiosk', severity: 2, source: 'inferred' });
        kiosk(j).opportunities[0]!.status = 'planned';
        kiosk(j).metrics[0]!.current = 75;
        j.touchpoints[1]!.metrics.push({ id: 'metric-nps', kpi: 'nps', higherIsBetter: true });
      }),
    ).toEqual([
      "Pain point 'Room not ready' severity 5 -> 3",
      "Pain point 'Room not ready' votes set to 4",
      "Added pain point 'Queue at the kiosk' (severity 2) to 'Kiosk check-in'",
      "Opportunity 'Text when the room is ready' status idea -> planned",
      "Metric 'Customer satisfaction (CSAT)' at 'Kiosk check-in' current 70% -> 75%",
      "Added metric 'Net Promoter Score' to 'Room'",
    ]);
  });

  it('word the journey, personas, stages, emotions, moments of truth, channels and connections', () => {
    expect(
      sentencesAfter((j) => {
        j.title = 'Lake hotel';
        j.personas[0]!.goals = ['Swim'];
        j.personas[1]!.name = 'Bob';
        j.stages.unshift(j.stages.pop()!);
        j.stages[1]!.name = 'Check-in';
        kiosk(j).channel = 'channel-app';
        kiosk(j).emotions = { 'persona-ana': -1, 'persona-bo': 2 };
        j.touchpoints[1]!.momentOfTruth = false;
        j.connections[0]!.to = 'step-clean';
        j.channels![0]!.name = 'Lake app 2';
      }),
    ).toEqual([
      "Renamed the journey 'Hotel stay' to 'Lake hotel'",
      "Persona 'Ana' goals: added {+'Swim'+}; removed [-'Rest'-]",
      "Renamed persona 'Bo' to 'Bob'",
      "Moved stage 'After the stay' from position 3 to 1",
      "Renamed stage 'Arrival' to 'Check-in'",
      "Touchpoint 'Kiosk check-in' channel Self-service -> Lake app 2",
      "Emotion of Ana at 'Kiosk check-in' 1 -> -1",
      "Emotion of Bob at 'Kiosk check-in' set to 2",
      "Touchpoint 'Room' is no longer a moment of truth",
      "Connection from 'Kiosk check-in' to 'Room' now ends at 'Housekeeping cleans the room'",
      "Renamed channel 'Lake app' to 'Lake app 2'",
    ]);
  });

  it('show a long text change as a word diff and a short one whole', () => {
    expect(
      sentencesAfter((j) => {
        kiosk(j).notes = 'Guests queue at the kiosk because the screen asks for the room number first.';
        kiosk(j).owner = 'Front desk';
        kiosk(j).painPoints[0]!.text = 'Room not cleaned';
      }),
    ).toEqual([
      "Touchpoint 'Kiosk check-in' notes: Guests queue at the kiosk because the screen asks for the [-booking-]{+room+} number first.",
      "Touchpoint 'Kiosk check-in' owner set to 'Front desk'",
      "Pain point on 'Kiosk check-in' text 'Room not ready' -> 'Room not cleaned'",
    ]);
  });
});

describe('longTextChange', () => {
  it('gives a rewritten text whole, old then new, rather than a word diff of nearly every word', () => {
    const before = 'Guests queue at the kiosk because the screen asks for the booking number first.';
    const after = 'Nobody uses the kiosk now: the front desk hands out keys directly.';
    expect(plainSentence(longTextChange(before, after))).toBe(`[-${before}-] -> {+${after}+}`);
    const edit = before.replace('booking', 'room');
    expect(longTextChange(before, edit)).toEqual(wordDiff(before, edit));
  });
});

describe('wordDiff', () => {
  it('marks the words that went and came, keeping the rest', () => {
    expect(wordDiff('the room was not ready', 'the suite was ready')).toEqual([
      { text: 'the ' },
      { text: 'room', mark: 'removed' },
      { text: 'suite', mark: 'added' },
      { text: ' was ' },
      { text: 'not ', mark: 'removed' },
      { text: 'ready' },
    ]);
  });
});
