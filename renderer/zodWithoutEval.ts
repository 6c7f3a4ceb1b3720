/**
 * zod compiles object parsers with `new Function` unless told not to. The page's CSP forbids
 * eval, so zod's probe for it would be refused and logged as a violation on every start; the
 * page's parses are small (settings, clipboard), so it loses nothing by not compiling. Imported
 * first by main.tsx. The file parser worker keeps compiling: it has no document CSP to trip.
 */
import { z } from 'zod';

z.config({ jitless: true });
