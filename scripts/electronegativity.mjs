/**
 * `npm run security`: Doyensec's Electronegativity over the Electron sources (electron/) and the
 * built app (out/main, out/preload, out/renderer, from `npm run build:electron`), scanned
 * together so its global checks see main, preload and the page at once. Exits non-zero on any
 * finding not justified in .electronegativity-exceptions.json, on an exception that no longer
 * matches anything, and on any file it could not parse (an unparsed file is an unchecked file).
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
/** What is scanned, relative to the repository; the built files must exist. */
export const SCAN_INPUTS = ['electron', 'out/main/index.js', 'out/preload/index.cjs', 'out/renderer', 'package.json'];
const BUILT = ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html'];
const EXCEPTIONS_FILE = '.electronegativity-exceptions.json';
const MIN_REASON_LENGTH = 20;

/** Checks the exceptions file: every entry names a check and a file and says why, at some length. */
export function readExceptions(json) {
  const problems = [];
  const list = (key) => (Array.isArray(json?.[key]) ? json[key] : (problems.push(`"${key}" must be a list`), []));
  const excludedChecks = list('excludedChecks');
  const findings = list('findings');
  excludedChecks.forEach((entry, i) => {
    if (typeof entry?.check !== 'string') problems.push(`excludedChecks[${i}].check must be a check class name`);
    if (!(entry?.reason?.length >= MIN_REASON_LENGTH)) problems.push(`excludedChecks[${i}].reason must say why`);
  });
  findings.forEach((entry, i) => {
    if (!/^[A-Z0-9_]+$/.test(entry?.check ?? '')) problems.push(`findings[${i}].check must be a check id`);
    if (typeof entry?.file !== 'string') problems.push(`findings[${i}].file must be a path`);
    if (entry?.count !== undefined && !(Number.isInteger(entry.count) && entry.count > 0))
      problems.push(`findings[${i}].count must be a whole number above 0`);
    if (!(entry?.reason?.length >= MIN_REASON_LENGTH)) problems.push(`findings[${i}].reason must say why`);
  });
  return { excludedChecks, findings, problems };
}

/**
 * Splits findings into justified and not. An exception covers `count` findings (default 1) of
 * its check in its file, so a second occurrence of an excused pattern is still reported.
 */
export function applyExceptions(issues, exceptions) {
  const budget = exceptions.map((e) => ({ ...e, left: e.count ?? 1, used: 0 }));
  const unjustified = [];
  for (const issue of issues) {
    const match = budget.find((e) => e.check === issue.id && e.file === issue.file && e.left > 0);
    if (match) {
      match.left--;
      match.used++;
    } else unjustified.push(issue);
  }
  const stale = budget.filter((e) => e.used < (e.count ?? 1));
  return { unjustified, stale };
}

const where = (issue) => `${issue.id} in ${issue.file}:${issue.location?.line ?? 0}:${issue.location?.column ?? 0}`;

/** Electronegativity fetches translations and Electron release data; the scan must not depend on the network. */
function keepOffline(requireFromTool) {
  const gotPath = requireFromTool.resolve('got');
  const refuse = () => Promise.reject(new Error('network disabled for the security scan'));
  refuse.head = refuse;
  requireFromTool.cache[gotPath] = { id: gotPath, filename: gotPath, loaded: true, exports: refuse, children: [] };
}

async function scan(stage, excludedChecks, electronVersion) {
  const requireFromTool = createRequire(createRequire(import.meta.url).resolve('@doyensec/electronegativity'));
  keepOffline(requireFromTool);
  const run = requireFromTool('./runner.js');
  const log = console.log;
  console.log = () => undefined; // its progress chatter; the findings come back as data
  try {
    return await run(
      {
        input: stage,
        customScan: [],
        excludeFromScan: excludedChecks.map((e) => e.check.toLowerCase()),
        isRelative: true,
        parserPlugins: [],
        electronVersionOverride: electronVersion,
      },
      false,
    );
  } finally {
    console.log = log;
  }
}

async function main() {
  const missing = BUILT.filter((file) => !existsSync(join(ROOT, file)));
  if (missing.length > 0) {
    console.error(`security: ${missing.join(', ')} missing; run \`npm run build:electron\` first.`);
    return 2;
  }
  const { excludedChecks, findings, problems } = readExceptions(
    JSON.parse(readFileSync(join(ROOT, EXCEPTIONS_FILE), 'utf8')),
  );
  if (problems.length > 0) {
    console.error(`security: ${EXCEPTIONS_FILE} is not valid:\n  ${problems.join('\n  ')}`);
    return 2;
  }
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const electronVersion = String(pkg.devDependencies?.electron ?? '').replace(/^[^\d]*/, '');

  const stage = mkdtempSync(join(tmpdir(), 'electronegativity-'));
  let result;
  try {
    for (const input of SCAN_INPUTS) cpSync(join(ROOT, input), join(stage, input), { recursive: true });
    result = await scan(stage, excludedChecks, electronVersion);
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }

  const unparsed = result.errors.filter((e) => !e.tolerable);
  const { unjustified, stale } = applyExceptions(result.issues, findings);
  console.log(
    `security: Electronegativity (Electron ${electronVersion}), ${result.globalChecks + result.atomicChecks} checks ` +
      `over ${SCAN_INPUTS.join(', ')}: ${result.issues.length} findings, ` +
      `${result.issues.length - unjustified.length} justified in ${EXCEPTIONS_FILE}.`,
  );
  for (const check of excludedChecks) console.log(`  not run: ${check.check} (${check.reason})`);
  for (const error of result.errors.filter((e) => e.tolerable)) console.log(`  note: ${error.file}: ${error.message}`);
  for (const error of unparsed) console.error(`  NOT CHECKED: ${error.file} could not be parsed: ${error.message}`);
  for (const issue of unjustified) console.error(`  UNJUSTIFIED: ${where(issue)}: ${issue.description}`);
  for (const entry of stale)
    console.error(`  STALE EXCEPTION: ${entry.check} in ${entry.file} matched ${entry.used} of ${entry.count ?? 1}`);
  return unparsed.length + unjustified.length + stale.length > 0 ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().then(
    (code) => process.exit(code),
    (error) => {
      console.error(`security: the scan failed: ${error?.stack ?? error}`);
      process.exit(2);
    },
  );
}
