/** Runs xmllint offline against the schema copies in tests/fixtures/schemas. Missing xmllint is a failure. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const SCHEMAS = join(import.meta.dirname, '../../fixtures/schemas');

export type Schema = 'tmx' | 'xliff12' | 'xliff20';

const ARGS: Record<Schema, string[]> = {
  tmx: ['--dtdvalid', join(SCHEMAS, 'tmx/tmx14.dtd')],
  xliff12: ['--schema', join(SCHEMAS, 'xliff12/xliff-core-1.2-strict.xsd')],
  xliff20: ['--schema', join(SCHEMAS, 'drivers/xliff20-with-modules.xsd')],
};

/** Validates `xml` and returns xmllint's exit status and messages (status 0 = valid). */
export function xmllint(xml: string, schema: Schema): { status: number; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'sverka-xmllint-'));
  const file = join(dir, schema === 'tmx' ? 'export.tmx' : 'export.xlf');
  writeFileSync(file, xml, 'utf8');
  const r = spawnSync('xmllint', ['--nonet', '--noout', ...ARGS[schema], file], {
    encoding: 'utf8',
    env: { ...process.env, XML_CATALOG_FILES: join(SCHEMAS, 'catalog.xml') },
  });
  rmSync(dir, { recursive: true, force: true });
  if (r.error) throw new Error(`xmllint could not run (${r.error.message}); install libxml2-utils`);
  return { status: r.status ?? -1, output: `${r.stdout}${r.stderr}` };
}
