// npm test: type-check every part, check the layout (Prettier) and the promises (ESLint),
// build, run the unit tests and the end-to-end tests in Chromium, print the fault
// campaign's table, then one line summing every runner: "N passed, N failed" (always the
// last line).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECTS } from './typecheck.mjs';
import { formatFaultTable, isFailedRow, readFaultRows } from './fault-table.mjs';

const REPORTS = join('test-results', 'reports');
const FAULTS = join('test-results', 'faults.json');
rmSync(REPORTS, { recursive: true, force: true });
mkdirSync(REPORTS, { recursive: true });
// The table must say what this run did: rows of an earlier run would hide a fault test
// that no longer runs.
rmSync(FAULTS, { force: true });
rmSync(`${FAULTS}.lock`, { recursive: true, force: true });

const totals = { passed: 0, failed: 0 };

function run(command, args) {
  console.log(`\n▶ ${[command, ...args].join(' ')}`);
  return spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } }).status === 0;
}

/** A type-check or a build counts as one check: it passes or it fails. */
function check(command, args) {
  const passed = run(command, args);
  totals[passed ? 'passed' : 'failed'] += 1;
  return passed;
}

function vitest(name, config) {
  const report = join(REPORTS, `${name}.json`);
  const succeeded = run('npx', ['vitest', 'run', '--config', config, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]);
  try {
    const results = JSON.parse(readFileSync(report, 'utf8'));
    totals.passed += results.numPassedTests;
    totals.failed += results.numFailedTests;
    // A suite that fails to load has no failed test but is a failure all the same.
    if (!succeeded && results.numFailedTests === 0) totals.failed += 1;
  } catch {
    totals.failed += 1;
  }
}

for (const project of PROJECTS) check('npx', ['tsc', '-p', `${project}/tsconfig.json`]);
// The layout is Prettier's and a promise is never left unawaited (eslint.config.js): a
// file that strays counts as one failed check, named in the output above the summary.
check('npx', ['prettier', '--check', '--log-level', 'warn', '.']);
check('npx', ['eslint', '.']);
vitest('unit', 'vitest.config.ts');
if (check('node', ['scripts/build.mjs'])) {
  vitest('e2e', 'vitest.e2e.config.ts');
  // The built app packaged (Electron replaced by a stand-in) and its PostgreSQL run from the package.
  vitest('packaging', 'vitest.packaging.config.ts');
} else totals.failed += 1;

const faultRows = readFaultRows(FAULTS);
if (faultRows === null) {
  console.log(`\nTableau de la campagne de pannes illisible (${FAULTS})`);
  totals.failed += 1;
} else {
  console.log(formatFaultTable(faultRows));
  // Each row is a promise of the register: one broken is a failure, even in a passing test.
  totals.failed += faultRows.filter(isFailedRow).length;
}

console.log(`\n${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed === 0 ? 0 : 1);
