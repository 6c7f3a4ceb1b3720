/** A template backed by one `.journey` file per language. */
import { loadJourneyTextV2 } from '../model/v2/load';
import { formatProblem } from '../model/types';
import { withFreshIds } from './freshIds';
import type { JourneyTemplate, TemplateInfo, TemplateLang } from './types';

export interface FileTemplateSource extends TemplateInfo {
  /** Raw text of `files/<id>.<lang>.journey`, imported with `?raw`. */
  files: Record<TemplateLang, string>;
}

export function fileTemplate(source: FileTemplateSource): JourneyTemplate {
  return {
    id: source.id,
    name: source.name,
    description: source.description,
    build({ lang = 'en', now = new Date() } = {}) {
      // Parsing on every build hands out a document no other caller shares.
      const loaded = loadJourneyTextV2(source.files[lang]);
      if (!loaded.ok) {
        const problems = loaded.problems.map(formatProblem).join('; ');
        throw new Error(`template "${source.id}" (${lang}) is not a valid journey: ${problems}`);
      }
      return withFreshIds(loaded.journey, now);
    },
  };
}
