/** The well-formedness check used by the renderer fuzz tests catches what it must. */
import { describe, expect, it } from 'vitest';
import { xmlProblems } from './xmlWellFormed';

describe('xmlProblems', () => {
  it('accepts well-formed SVG', () => {
    expect(xmlProblems('<svg a="1" b=\'&amp;x&#10;\'><g><text>a &lt; b &#x1F600;</text><rect/></g></svg>')).toEqual([]);
  });

  it.each([
    ['<svg><text><img src=x onerror=alert(1)></text></svg>', /closes|unclosed/],
    ['<svg><text>a < b</text></svg>', /unparsed|bad|raw/],
    ['<svg><text>Tom & Jerry</text></svg>', /bad entity/],
    ['<svg a="1" a="2"/>', /twice/],
    ['<svg a=1/>', /unparsed attributes/],
    ['<svg title="x"onload="y"/>', /unparsed|bad/],
    ['<svg><g></svg>', /closes/],
    ['<svg/><svg/>', /second root/],
    ['<svg>\u0007</svg>', /forbidden character/],
    ['<svg>\ud800</svg>', /forbidden character/],
    ['<svg title="a < b"/>', /raw "<"/],
    ['text', /outside the root|no root/],
  ])('refuses %s', (xml, problem) => {
    const problems = xmlProblems(xml);
    expect(problems.join('\n')).toMatch(problem);
  });
});
