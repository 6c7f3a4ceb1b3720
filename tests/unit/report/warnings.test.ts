/** Each warning code fires exactly when its condition in docs/cli.md holds, and not one step short of it. */
import { describe, expect, it } from 'vitest';
import type { Journey, Touchpoint } from '../../../shared/model';
import { computeReport } from '../../../shared/report';
import { clean, dental } from './fixtureJourneys';

const codes = (journey: Journey) =>
  computeReport(journey).warnings.map((w) => `${w.code}@${w.touchpointId ?? w.stageId}`);
const tp = (journey: Journey, id: string): Touchpoint => journey.touchpoints.find((t) => t.id === id)!;

describe('delight-on-broken-base', () => {
  it('fires for a stage with delight while a utility touchpoint has a pain of severity 4 or more', () => {
    const journey = clean();
    tp(journey, 'a1').painPoints[0]!.severity = 4;
    expect(codes(journey)).toEqual(['delight-on-broken-base@a']);
  });

  it('does not fire at severity 3 (clean.journey stage a)', () => {
    expect(codes(clean())).not.toContain('delight-on-broken-base@a');
  });

  it('does not fire without a delight touchpoint, however broken the base (clean.journey stage c)', () => {
    expect(codes(clean())).toEqual([]);
  });

  it('does not fire when the severe pain sits on a usability touchpoint', () => {
    const journey = dental();
    tp(journey, 't-wait').tier = 'usability'; // p2 (5) now on usability; t-treat (4) was usability already
    expect(codes(journey)).not.toContain('delight-on-broken-base@s-visit');
  });

  it('stops firing once the delight touchpoint moves to another stage', () => {
    const journey = dental();
    tp(journey, 't-gift').stageId = 's-follow';
    expect(codes(journey)).not.toContain('delight-on-broken-base@s-visit');
  });
});

describe('single-channel-stage', () => {
  it('fires for two or more touchpoints all on one channel', () => {
    const journey = clean();
    tp(journey, 'c2').channel = 'delivery';
    expect(codes(journey)).toEqual(['single-channel-stage@c']);
    expect(computeReport(journey).warnings[0]!.message).toContain('(Delivery)');
  });

  it('does not fire for a stage with one touchpoint (clean.journey stage b)', () => {
    expect(codes(clean())).not.toContain('single-channel-stage@b');
  });

  it('does not fire once a second channel is used', () => {
    const journey = dental();
    tp(journey, 't-web').channel = 'sms';
    expect(codes(journey)).not.toContain('single-channel-stage@s-book');
  });

  it('names a custom channel by its name', () => {
    const journey = clean();
    journey.channels = [{ id: 'kiosk-x', name: 'Lobby kiosk' }];
    tp(journey, 'c1').channel = 'kiosk-x';
    tp(journey, 'c2').channel = 'kiosk-x';
    expect(computeReport(journey).warnings[0]!.message).toContain('(Lobby kiosk)');
  });
});

describe('unmeasured-moment-of-truth', () => {
  it('fires for a moment of truth without a metric, naming the touchpoint and its stage', () => {
    const journey = clean();
    tp(journey, 'b1').metrics = [];
    expect(computeReport(journey).warnings).toEqual([
      {
        code: 'unmeasured-moment-of-truth',
        stageId: 'b',
        touchpointId: 'b1',
        message: 'Moment of truth "Measured moment" has no metric: add a KPI to know whether it works.',
      },
    ]);
  });

  it('does not fire once the moment of truth has a metric (clean.journey b1)', () => {
    expect(codes(clean())).not.toContain('unmeasured-moment-of-truth@b1');
  });

  it('does not fire for an unmeasured touchpoint that is not a moment of truth', () => {
    const journey = dental();
    tp(journey, 't-call').momentOfTruth = false;
    expect(codes(journey)).not.toContain('unmeasured-moment-of-truth@t-call');
  });

  it('falls back to the id when the title is blank', () => {
    const journey = clean();
    const moment = tp(journey, 'b1');
    moment.metrics = [];
    moment.title = '  ';
    expect(computeReport(journey).warnings[0]!.message).toContain('"b1"');
  });
});
