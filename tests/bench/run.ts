/**
 * `npm run bench`: runs every suite in tests/bench/suites, writes bench/results.json and
 * bench/results.md. Speed targets live here, never in timed unit tests.
 * Run one suite: `npm run bench -- export`. The machine is shared: `--runs 3` runs each suite
 * three times and reports each figure's median with every run's value beside it.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BenchRow, BenchSuite } from './types';

const suitesDir = fileURLToPath(new URL('./suites/', import.meta.url));
const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runCount = runsAt >= 0 ? Number(args[runsAt + 1]) : 1;
if (!Number.isInteger(runCount) || runCount < 1)
  throw new Error(`--runs takes a whole number of runs, not "${args[runsAt + 1]}"`);
const only = args.filter((a, i) => !a.startsWith('-') && (runsAt < 0 || i !== runsAt + 1));
const rows: BenchRow[] = [];

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** One row per figure: the median of the runs, every run's value kept. */
function combine(runs: BenchRow[][]): BenchRow[] {
  if (runs.length === 1) return runs[0]!;
  const key = (r: BenchRow) => `${r.suite}\u0000${r.metric}`;
  return runs[0]!.map((first) => {
    const values = runs.map((run) => run.find((r) => key(r) === key(first))?.value).filter((v) => v !== undefined);
    return { ...first, value: median(values), runs: values };
  });
}

for (const file of readdirSync(suitesDir)
  .filter((f) => f.endsWith('.ts'))
  .sort()) {
  const suite = ((await import(pathToFileURL(suitesDir + file).href)) as { default: BenchSuite }).default;
  if (only.length > 0 && !only.includes(suite.name)) continue;
  const runs: BenchRow[][] = [];
  for (let run = 1; run <= runCount; run++) {
    console.log(`bench: ${suite.name}${runCount > 1 ? ` (run ${run} of ${runCount})` : ''}…`);
    runs.push(await suite.run());
  }
  const result = combine(runs);
  for (const row of result)
    console.log(
      `  ${row.suite} · ${row.metric}: ${formatValue(row)}${row.target ? `  (target ${row.target.op} ${row.target.value} ${row.unit}: ${meets(row) ? 'met' : 'MISSED'})` : ''}`,
    );
  rows.push(...result);
}

function formatNumber(value: number, unit: BenchRow['unit']): string {
  const digits = unit === 'ratio' ? 2 : value < 10 ? 2 : value < 100 ? 1 : 0;
  return value.toFixed(digits);
}

function formatValue(row: BenchRow): string {
  const spread =
    row.runs && row.runs.length > 1 ? ` (runs: ${row.runs.map((v) => formatNumber(v, row.unit)).join(', ')})` : '';
  return `${formatNumber(row.value, row.unit)} ${row.unit}${spread}`;
}

function meets(row: BenchRow): boolean {
  if (!row.target) return true;
  return row.target.op === '<=' ? row.value <= row.target.value : row.value >= row.target.value;
}

const outDir = fileURLToPath(new URL('../../bench/', import.meta.url));
mkdirSync(outDir, { recursive: true });
// Running some suites keeps the other suites' last figures: replace only what was measured now.
const measured = new Set(rows.map((r) => r.suite.split(' ')[0]));
if (existsSync(`${outDir}results.json`)) {
  const previous = (JSON.parse(readFileSync(`${outDir}results.json`, 'utf8')) as { rows: BenchRow[] }).rows ?? [];
  rows.unshift(...previous.filter((r) => !measured.has(r.suite.split(' ')[0])));
}
const machine = {
  cores: (await import('node:os')).cpus().length,
  node: process.version,
  date: new Date().toISOString(),
  runs: runCount,
};
writeFileSync(`${outDir}results.json`, `${JSON.stringify({ machine, rows }, null, 2)}\n`);
const table = [
  `# Benchmark results\n\n${machine.date}, ${machine.cores} cores, Node ${machine.node}${runCount > 1 ? `, each suite run ${runCount} times (the median, every run in brackets)` : ''}\n`,
  '| suite | metric | value | target | met |',
  '| --- | --- | --- | --- | --- |',
  ...rows.map(
    (r) =>
      `| ${r.suite} | ${r.metric}${r.note ? ` (${r.note})` : ''} | ${formatValue(r)} | ${r.target ? `${r.target.op} ${r.target.value} ${r.unit}` : ''} | ${r.target ? (meets(r) ? 'yes' : 'no') : ''} |`,
  ),
].join('\n');
writeFileSync(`${outDir}results.md`, `${table}\n`);
console.log(`\nwrote bench/results.json and bench/results.md (${rows.length} figures)`);
