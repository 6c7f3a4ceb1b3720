/** The report fixtures, loaded through the real loader so they stay valid journey files. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadJourneyText, type Journey } from '../../../shared/model';
import { loadJourneyTextV2, type JourneyV2 } from '../../../shared/model/v2';
import { FIXTURES, VALID_SAMPLE } from '../../helpers/fixtures';

export const REPORT_FIXTURES = join(FIXTURES, 'report');

export const fixturePath = (name: 'dental-warnings' | 'clean' | 'online-shopping-zh' | 'hostile') =>
  join(REPORT_FIXTURES, `${name}.journey`);

export function loadJourney(path: string): Journey {
  const loaded = loadJourneyText(readFileSync(path, 'utf8'));
  if (!loaded.ok) throw new Error(`${path}: ${loaded.problems.map((p) => p.message).join('; ')}`);
  return loaded.journey;
}

export const dental = () => loadJourney(fixturePath('dental-warnings'));
export const clean = () => loadJourney(fixturePath('clean'));
export const chinese = () => loadJourney(fixturePath('online-shopping-zh'));
export const hostile = () => loadJourney(fixturePath('hostile'));
export const coffee = () => loadJourney(VALID_SAMPLE);

/** Strings in the hostile fixture that must never come out as live markup or formulas. */
export const HOSTILE_MARKUP = [
  '<img src=x onerror=alert(1)>',
  '<img src=x onerror=alert(2)>',
  '</script><script>',
  '"><svg onload=',
  '<script>alert(',
  '<iframe',
  '<b onmouseover',
];

/** The version 2 report fixture: three personas, a service blueprint's lanes and steps. */
export function personasBlueprint(): JourneyV2 {
  const path = join(REPORT_FIXTURES, 'personas-blueprint.journey');
  const loaded = loadJourneyTextV2(readFileSync(path, 'utf8'));
  if (!loaded.ok) throw new Error(`${path}: ${loaded.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
  return loaded.journey;
}
