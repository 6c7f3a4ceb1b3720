/**
 * Writes the built-in templates' `.journey` files from the specs in content/, one per language.
 *   npx vite-node scripts/templates/generate.ts           write shared/templates/files/*.journey
 *   npx vite-node scripts/templates/generate.ts --check   exit 1 if a file differs from its spec
 * The committed files are what ships; a hand edit there must be carried back into the spec
 * before this script runs again, or it is overwritten.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadJourneyTextV2 as loadJourneyText } from '../../shared/model/v2/load';
import { serializeJourneyV2 as serializeJourney } from '../../shared/model/v2/serialize';
import { formatProblem } from '../../shared/model/types';
import { TEMPLATE_LANGS } from '../../shared/templates/types';
import { b2bSaas } from './content/b2bSaas';
import { contactCentre } from './content/contactCentre';
import { dentalPractice } from './content/dentalPractice';
import { onlineRetail } from './content/onlineRetail';
import { restaurant } from './content/restaurant';
import { journeyFromSpec } from './journeyFromSpec';

const SPECS = [restaurant, onlineRetail, b2bSaas, dentalPractice, contactCentre];
const FILES_DIR = fileURLToPath(new URL('../../shared/templates/files/', import.meta.url));
const check = process.argv.includes('--check');

let failed = false;
for (const spec of SPECS) {
  for (const lang of TEMPLATE_LANGS) {
    const name = `${spec.id}.${lang}.journey`;
    const text = serializeJourney(journeyFromSpec(spec, lang));
    const loaded = loadJourneyText(text);
    if (!loaded.ok) {
      console.error(`${name}: ${loaded.problems.map(formatProblem).join('\n  ')}`);
      failed = true;
      continue;
    }
    const path = `${FILES_DIR}${name}`;
    const same = existsSync(path) && readFileSync(path, 'utf8') === text;
    if (check) {
      if (!same) console.error(`${name}: differs from its spec`);
      failed ||= !same;
    } else if (!same) {
      writeFileSync(path, text);
      console.log(`wrote ${name}`);
    }
  }
}
process.exitCode = failed ? 1 : 0;
