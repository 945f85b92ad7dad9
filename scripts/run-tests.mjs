#!/usr/bin/env node
// Runs every jest suite of the workspace (contracts, API on a real database, web) one after the
// other, then prints one closing line: "N passed, N failed". Extra arguments go to every jest run.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const projects = [
  { name: 'contracts', dir: 'libs/contracts' },
  { name: 'api', dir: 'apps/api' },
  { name: 'web', dir: 'apps/web' },
];
const only = process.env.TEST_PROJECTS?.split(',').filter(Boolean);
const extra = process.argv.slice(2);
const out = mkdtempSync(join(tmpdir(), 'passerelle-tests-'));
let passed = 0;
let failed = 0;
const problems = [];

for (const project of projects) {
  if (only && !only.includes(project.name)) continue;
  const resultFile = join(out, `${project.name}.json`);
  console.log(`\n▶ ${project.name} (${project.dir})`);
  const run = spawnSync(
    process.execPath,
    [
      join(process.cwd(), 'node_modules/jest/bin/jest.js'),
      '--ci',
      '--json',
      `--outputFile=${resultFile}`,
      ...extra,
    ],
    { cwd: project.dir, stdio: 'inherit', env: { TZ: 'UTC', ...process.env } },
  );
  if (!existsSync(resultFile)) {
    failed += 1;
    problems.push(`${project.name}: jest did not report results (exit ${run.status})`);
    continue;
  }
  const result = JSON.parse(readFileSync(resultFile, 'utf8'));
  passed += result.numPassedTests;
  failed += result.numFailedTests;
  if (result.numFailedTestSuites > 0 && result.numFailedTests === 0) {
    failed += result.numFailedTestSuites;
    problems.push(`${project.name}: ${result.numFailedTestSuites} suite(s) failed to run`);
  }
  if (result.numTotalTests === 0) problems.push(`${project.name}: no test ran`);
  if (run.status !== 0 && result.numFailedTests === 0 && result.numFailedTestSuites === 0) {
    failed += 1;
    problems.push(`${project.name}: jest exited with ${run.status}`);
  }
}
rmSync(out, { recursive: true, force: true });

for (const p of problems) console.log(`✖ ${p}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 || problems.length > 0 ? 1 : 0);
