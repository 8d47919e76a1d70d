#!/usr/bin/env node
// `npm test`: builds the app, then runs every suite (unit + integration with Vitest, end-to-end with
// Playwright in Chromium) and prints one closing line that sums them: `N passed, N failed, N skipped`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const reports = join(root, 'test-reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });
const bin = (name) => join(root, 'node_modules', '.bin', name);
const run = (command, args, env = {}) =>
  spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } })
    .status ?? 1;

const totals = { passed: 0, failed: 0, skipped: 0 };
let broken = [];

if (run(bin('electron-vite'), ['build', '--logLevel', 'warn']) !== 0) broken.push('build');

const vitestJson = join(reports, 'vitest.json');
const vitestStatus = run(bin('vitest'), [
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile=${vitestJson}`,
]);
if (existsSync(vitestJson)) {
  const result = JSON.parse(readFileSync(vitestJson, 'utf8'));
  totals.passed += result.numPassedTests;
  totals.failed += result.numFailedTests;
  totals.skipped += result.numPendingTests + result.numTodoTests;
  // A suite that fails to load has no failed test but must still fail the run.
  if (vitestStatus !== 0 && result.numFailedTests === 0) broken.push('vitest');
} else broken.push('vitest');

const playwrightJson = join(reports, 'playwright.json');
const e2eStatus = broken.includes('build') ? 1 : run(bin('playwright'), ['test']);
if (existsSync(playwrightJson)) {
  const { stats } = JSON.parse(readFileSync(playwrightJson, 'utf8'));
  totals.passed += stats.expected + stats.flaky;
  totals.failed += stats.unexpected;
  totals.skipped += stats.skipped;
  if (e2eStatus !== 0 && stats.unexpected === 0) broken.push('playwright');
} else broken.push('playwright');

if (broken.length) console.log(`\nSuites that did not complete: ${broken.join(', ')}`);
const failed = totals.failed + broken.length;
console.log(`\n${totals.passed} passed, ${failed} failed, ${totals.skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);
