import { describe, expect, it } from 'vitest';
import { TEMPLATES } from '../../../shared/templates';
import { TEMPLATE_LIST } from '../../../shared/templates/catalogue';

describe('the template catalogue the window lists before any template file loads', () => {
  it('names every template of the registry, in its order, with the same words', () => {
    expect(TEMPLATE_LIST.map((t) => t.id)).toEqual(TEMPLATES.map((t) => t.id));
    for (const [i, info] of TEMPLATE_LIST.entries()) {
      expect(TEMPLATES[i]!.name).toEqual(info.name);
      expect(TEMPLATES[i]!.description).toEqual(info.description);
    }
  });
});
