/** The formats of `journey-studio diff`: text with and without colour, Markdown, HTML (escaped, self-contained), JSON. */
import { describe, expect, it } from 'vitest';
import type { JourneyV2 } from '../../../shared/model/v2';
import { DIFF_ENTITIES, diffJourneys, renderDiff, visible, type DiffFormat } from '../../../shared/versions';
import { edited, hotelStay } from './hotelVersions';

const labels = { oldLabel: 'old.journey', newLabel: 'new.journey' };
const after = edited((j) => {
  j.touchpoints[0]!.painPoints[0]!.severity = 3;
  j.touchpoints[0]!.notes = 'Guests queue at the kiosk because the screen asks for the room number first.';
  j.steps = [];
});
const render = (format: DiffFormat, b: JourneyV2 = after, colour = false) =>
  renderDiff(diffJourneys(hotelStay(), b), hotelStay(), b, format, { ...labels, colour });

describe('renderDiff', () => {
  it('text: a heading, one marked line per change and the summary, no colour unless asked', () => {
    expect(render('text')).toBe(
      [
        '--- old.journey  Hotel stay',
        '+++ new.journey  Hotel stay',
        "~ Touchpoint 'Kiosk check-in' notes: Guests queue at the kiosk because the screen asks for the [-booking-]{+room+} number first.",
        "~ Pain point 'Room not ready' severity 5 -> 3",
        "- Removed step 'Housekeeping cleans the room' in Stay, lane Backstage",
        '0 added, 1 removed, 2 changed',
        '',
      ].join('\n'),
    );
    expect(render('text')).not.toContain('\x1b');
  });

  it('text on a terminal: removed lines red, added words green, removed words red', () => {
    const text = render('text', after, true);
    expect(text).toContain("\x1b[31m- Removed step 'Housekeeping cleans the room' in Stay, lane Backstage\x1b[0m");
    expect(text).toContain('the \x1b[31mbooking\x1b[0m\x1b[32mroom\x1b[0m number');
    expect(text).not.toContain('[-');
  });

  it('text is empty when nothing changed, like diff(1); the other formats say so', () => {
    const same = hotelStay();
    expect(render('text', same)).toBe('');
    expect(render('md', same)).toContain('No changes.');
    expect(render('html', same)).toContain('<p>No changes.</p>');
  });

  it('text shows control and direction characters from a file as escapes', () => {
    expect(visible('a\x1b[2Jb\u202Ec\nd')).toBe('a\\u001b[2Jb\\u202ec\\nd');
    const hostile = edited((j) => (j.touchpoints[0]!.title = 'Kiosk\x1b]0;pwned\x07'));
    const shown = render('text', hostile);
    expect(shown.includes('\x1b') || shown.includes('\x07')).toBe(false);
    expect(shown).toContain('Kiosk\\u001b]0;pwned\\u0007');
  });

  it('md: a heading and a list, word diffs as strike-through and bold, text escaped', () => {
    const md = render(
      'md',
      edited((j) => {
        j.touchpoints[0]!.notes = 'Guests queue at the kiosk because the screen asks for the room number first.';
        j.touchpoints[1]!.title = '<b>*Room*</b>';
      }),
    );
    expect(md).toBe(
      [
        '# Changes to Hotel stay',
        '',
        'From `old.journey` to `new.journey`: 0 added, 0 removed, 2 changed.',
        '',
        "- Touchpoint 'Kiosk check-in' notes: Guests queue at the kiosk because the screen asks for the ~~booking~~**room** number first.",
        "- Renamed touchpoint 'Room' to '&lt;b&gt;\\*Room\\*&lt;/b&gt;'",
        '',
      ].join('\n'),
    );
  });

  it('html: one page that runs nothing, every text escaped, word diffs as del and ins', () => {
    const html = render(
      'html',
      edited((j) => {
        j.touchpoints[0]!.notes = 'Guests queue at the kiosk because the screen asks for the room number first.';
        j.title = '<script>alert(1)</script>';
      }),
    );
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
    expect(html).not.toMatch(/<script|src=|href=/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('the <del>booking</del><ins>room</ins> number');
    expect(html).toContain('<li class="changed"><span class="op">Changed</span>');
  });

  it('json: exactly the contract, with a summary that counts changes by op', () => {
    const json = JSON.parse(render('json')) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(['old', 'new', 'summary', 'changes']);
    expect(json.old).toEqual({ id: 'journey-hotel', title: 'Hotel stay' });
    expect(json.summary).toEqual({ added: 0, removed: 1, changed: 2 });
    const allowed = ['op', 'entity', 'id', 'parentId', 'field', 'before', 'after'];
    for (const change of json.changes as Record<string, unknown>[]) {
      expect(Object.keys(change).every((k) => allowed.includes(k))).toBe(true);
      expect(['added', 'removed', 'changed']).toContain(change.op);
      expect(DIFF_ENTITIES).toContain(change.entity);
      if (change.op === 'changed') expect(typeof change.field).toBe('string');
    }
    expect((json.changes as unknown[])[1]).toEqual({
      op: 'changed',
      entity: 'painPoint',
      id: 'pain-room',
      parentId: 'tp-kiosk',
      field: 'severity',
      before: 5,
      after: 3,
    });
  });
});
