/** A service blueprint in the static renderer: lane headers, the labelled lines, steps and their flows. */
import { describe, expect, it } from 'vitest';
import { renderJourneySvg } from '../../../shared/render';
import { coffee } from '../report/fixtureJourneys';
import { loadTemplateFile } from '../templates/templateFiles';

describe('renderJourneySvg of a service blueprint', () => {
  const journey = loadTemplateFile('contact-centre', 'en');
  const { svg } = renderJourneySvg(journey);

  it('draws each lane’s header with its name, and the three blueprint lines with their labels', () => {
    for (const name of ['Touchpoints', 'Frontstage', 'Backstage', 'Support processes'])
      expect(svg).toContain(`>${name}<`);
    expect([...svg.matchAll(/data-blueprint-line="(\w+)"/g)].map((m) => m[1])).toEqual([
      'interaction',
      'visibility',
      'internal',
    ]);
    for (const label of ['Line of interaction', 'Line of visibility', 'Line of internal interaction'])
      expect(svg).toContain(`>${label}<`);
  });

  it('draws every step as a card with its title and owner, and the flows from steps to touchpoints', () => {
    expect(svg.match(/data-step="/g)).toHaveLength(journey.steps.length);
    expect(svg).toContain('>Email queue triaged');
    expect(svg).toContain('>Back-office team<');
    const flows = svg.match(/data-connection="/g) ?? svg.match(/marker-end=/g) ?? [];
    expect(flows.length).toBeGreaterThanOrEqual(journey.connections.length);
  });

  it('labels the lines in the reader’s language', () => {
    const zh = renderJourneySvg(loadTemplateFile('contact-centre', 'zh-CN'), {
      labels: { blueprintLines: { interaction: '互动分界线', visibility: '可视分界线', internal: '内部互动分界线' } },
    }).svg;
    expect(zh).toContain('>可视分界线<');
  });

  it('draws a one-lane journey map as before: no lane headers, no lines', () => {
    const single = renderJourneySvg(coffee()).svg;
    expect(single).not.toContain('data-lane=');
    expect(single).not.toContain('data-blueprint-line');
  });
});
