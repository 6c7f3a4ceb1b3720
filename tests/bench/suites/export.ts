/**
 * Headless export speed of a generated 1,000-touchpoint journey in Node. The targets are issue
 * 16's, for what a user of the command line waits for, the whole process with Node's start:
 * `export --format png` at most 1.5 s, `--format pdf` at most 2 s. The in-process rows are
 * context, without targets: "first run" pays for reading the fonts and a cold JIT; "median" is a
 * warm process such as the app's main process exporting again.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { serializeJourney } from '../../../shared/model';
import { renderJourneySvg } from '../../../shared/render';
import { computeReport, renderReportHtml } from '../../../shared/report';
import { buildExport } from '../../../electron/node/export/exportJourney';
import { generateJourney } from '../generateJourney';
import type { BenchRow, BenchSuite } from '../types';

const TOUCHPOINTS = 1000;
const WARM_RUNS = 3;
const CLI = fileURLToPath(new URL('../../../bin/journey-studio.mjs', import.meta.url));
const BUILT_CLI = fileURLToPath(new URL('../../../out/cli/index.mjs', import.meta.url));

async function time(run: () => unknown): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function firstAndMedian(run: () => unknown): Promise<{ first: number; median: number }> {
  const first = await time(run);
  const warm: number[] = [];
  for (let i = 0; i < WARM_RUNS; i++) warm.push(await time(run));
  return { first, median: median(warm) };
}

const suite: BenchSuite = {
  name: 'export',
  async run() {
    const journey = generateJourney(TOUCHPOINTS);
    const note = `${TOUCHPOINTS} touchpoints, ${journey.stages.length} stages`;
    const rows: BenchRow[] = [];
    const add = (metric: string, value: number, target?: number) =>
      rows.push({
        suite: 'export',
        metric,
        value,
        unit: 'ms',
        note,
        ...(target ? { target: { op: '<=', value: target } } : {}),
      });

    // A glyph cache of this run's own (glyphCache.ts): the first PNG export starts without one.
    const cacheDir = mkdtempSync(join(tmpdir(), 'bench-glyphs-'));
    process.env.JOURNEY_STUDIO_CACHE_DIR = cacheDir;
    const png = await firstAndMedian(() => buildExport(journey, 'map.png', { format: 'png' }));
    add('PNG export, first run in the process (reads the fonts)', png.first);
    add('PNG export, median of warm runs', png.median);
    const svg = await firstAndMedian(() => renderJourneySvg(journey));
    add('SVG render, median', svg.median);
    const pdf = await firstAndMedian(() => buildExport(journey, 'map.pdf', { format: 'pdf', page: 'a3' }));
    add('PDF export (A3: the map in readable parts, then the findings), first run', pdf.first);
    add('PDF export (A3: the map in readable parts, then the findings), median', pdf.median);
    const report = await firstAndMedian(() => renderReportHtml(journey, computeReport(journey)));
    add('HTML report (map, charts, tables), median', report.median);

    // What a user of the command line waits for: Node start, read and validate, export, write.
    if (existsSync(BUILT_CLI)) {
      const dir = mkdtempSync(join(tmpdir(), 'bench-export-'));
      writeFileSync(join(dir, 'big.journey'), serializeJourney(journey));
      /** One whole export; `cacheDir` replaces the suite's cache folder (filled by the runs above). */
      const runCli = (format: 'png' | 'pdf', cacheDir?: string) =>
        time(() => {
          const result = spawnSync(
            process.execPath,
            [CLI, 'export', join(dir, 'big.journey'), '--format', format, '--out', join(dir, `big.${format}`)],
            cacheDir === undefined ? {} : { env: { ...process.env, JOURNEY_STUDIO_CACHE_DIR: cacheDir } },
          );
          if (result.status !== 0) throw new Error(`CLI export failed: ${String(result.stderr)}`);
        });
      const medianOf = async (run: () => Promise<number>) => {
        const runs: number[] = [];
        for (let i = 0; i < WARM_RUNS; i++) runs.push(await run());
        return median(runs);
      };
      // The very first export on a machine outlines every glyph (PNG) or shapes every string (PDF)
      // from the fonts; later ones reuse them (glyphCache.ts, shapingCache.ts). Each "first" run
      // gets an empty cache folder of its own, and the row is their median: one run alone swung
      // by half a second with whatever the machine did just before.
      const coldCache = () => mkdtempSync(join(tmpdir(), 'bench-glyphs-cold-'));
      for (const [format, cache, target] of [
        ['png', 'glyph', 1500],
        ['pdf', 'shaping', 2000],
      ] as const) {
        add(
          `CLI \`export --format ${format}\`, whole process, first export (no ${cache} cache yet), median of ${WARM_RUNS}`,
          await medianOf(() => runCli(format, coldCache())),
          target,
        );
        add(`CLI \`export --format ${format}\`, whole process, median`, await medianOf(() => runCli(format)), target);
      }
    } else {
      console.log('  (CLI not built: run "npm run build:cli" to time the command line too)');
    }
    return rows;
  },
};

export default suite;
