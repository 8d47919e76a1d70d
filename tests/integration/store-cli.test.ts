import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { command as backup } from '../../main/cli/commands/backup';
import { command as exportCommand } from '../../main/cli/commands/export';
import { command as importCommand } from '../../main/cli/commands/import';
import { command as list } from '../../main/cli/commands/list';
import type { CliCommand } from '../../main/cli/types';
import { UsageError } from '../../main/cli/types';
import { openApp } from '../../main/services';

const UDHR = join(import.meta.dirname, '../../corpus/parallel/udhr');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sverka-cli-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function run(
  command: CliCommand,
  ...args: string[]
): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await command.run([...args, '--data-dir', dir], {
    out: (s) => (out += s),
    err: (s) => (err += s),
  });
  return { code, out, err };
}

describe('sverka import / list / export / backup', () => {
  it('imports a pair, lists it, exports it, backs it up and restores it', async () => {
    const imported = await run(
      importCommand,
      join(UDHR, 'target.en.txt'),
      '--source',
      join(UDHR, 'source.ru.txt'),
      '--project',
      'UDHR',
      '--source-lang',
      'ru',
      '--target-lang',
      'en',
      '--split',
      'lines',
      '--json',
    );
    expect(imported.code).toBe(0);
    const { documentId, segments, projectId } = JSON.parse(imported.out) as {
      documentId: number;
      segments: number;
      projectId: number;
    };
    expect(segments).toBeGreaterThan(80);

    // A second import into the same project by name reuses it.
    const again = await run(importCommand, join(UDHR, 'target.en.txt'), '--project', 'UDHR');
    expect(again.out).toMatch(new RegExp(`in project ${projectId}: \\d+ rows`));

    const overview = await run(list);
    expect(overview.out).toContain('project 1\tUDHR\tru→en\t2 documents');
    const page = await run(list, '--document', String(documentId), '--limit', '3');
    expect(page.out.split('\n')[0]).toBe(`3 of ${segments} rows`);
    const json = JSON.parse(
      (await run(list, '--document', String(documentId), '--text', 'ПРЕАМБУЛА', '--json')).out,
    ) as { total: number };
    expect(json.total).toBe(1);
    await expect(run(list, '--document', String(documentId), '--status', 'bogus')).rejects.toThrow(
      UsageError,
    );

    const txt = await run(exportCommand, '--document', String(documentId), '--format', 'txt');
    expect(txt.out).toContain('Whereas recognition of the inherent dignity');
    const out = join(dir, 'udhr.tmx');
    await run(exportCommand, '--document', String(documentId), '--format', 'tmx', '--out', out);
    expect(readFileSync(out, 'utf8')).toContain('<tmx');

    const made = await run(backup, '--out', join(dir, 'copy.db'));
    expect(made.out.trim()).toBe(join(dir, 'copy.db'));
    // Change something after the backup, then restore and see it gone.
    const app = openApp({ dataDir: dir, mode: 'browser', version: 'test', backup: false });
    app.handlers['project.delete']({ id: projectId });
    app.close();
    const restored = await run(backup, '--restore', join(dir, 'copy.db'));
    expect(restored.out).toMatch(
      /^Restored .* The replaced database was kept as .*pre-restore-.*\.db\.\n$/,
    );
    expect((await run(list)).out).toContain('UDHR');
    // The import took the automatic backup on open; --list shows it.
    expect((await run(backup, '--list')).out).toMatch(/backups\/sverka-[\dT-]+Z\.db\n$/);
    expect(existsSync(join(dir, 'backups'))).toBe(true);
  });

  it('refuses bad flags and missing files as usage or input errors', async () => {
    await expect(run(backup)).rejects.toThrow(/no database/);
    await expect(run(importCommand)).rejects.toThrow(UsageError);
    await expect(
      run(importCommand, join(dir, 'missing.txt'), '--source-lang', 'ru', '--target-lang', 'en'),
    ).rejects.toThrow(/missing\.txt: no such file/);
    await expect(run(importCommand, join(UDHR, 'target.en.txt'))).rejects.toThrow(
      /--source-lang and --target-lang/,
    );
    await expect(run(exportCommand, '--document', '1', '--format', 'pdf')).rejects.toThrow(
      UsageError,
    );
  });

  it('refuses a newer database with one line and leaves it byte-identical', async () => {
    openApp({ dataDir: dir, mode: 'browser', version: 'test', backup: false }).close();
    const file = join(dir, 'sverka.db');
    const raw = new Database(file);
    raw.pragma('user_version = 42');
    raw.close();
    const before = readFileSync(file);
    const error = await run(list).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(
      /^Refusing to open .*sverka\.db: .*newer version of Sverka \(schema 42[^\n]*unchanged\.$/,
    );
    expect(Buffer.compare(readFileSync(file), before)).toBe(0);
  });

  it('refuses to restore while another process has the database open', async () => {
    await run(
      importCommand,
      join(UDHR, 'target.en.txt'),
      '--source-lang',
      'ru',
      '--target-lang',
      'en',
    );
    await run(backup, '--out', join(dir, 'copy.db'));
    const services = pathToFileURL(join(import.meta.dirname, '../../main/services/index.ts')).href;
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        '--input-type=module',
        '-e',
        `const { openApp } = await import(${JSON.stringify(services)});
         openApp({ dataDir: ${JSON.stringify(dir)}, mode: 'browser', version: 't', backup: false });
         console.log('open');
         setInterval(() => undefined, 1000);`,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    try {
      await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
      await expect(run(backup, '--restore', join(dir, 'copy.db'))).rejects.toThrow(
        new RegExp(`running on this data dir \\(pid ${child.pid}\\)`),
      );
    } finally {
      child.kill('SIGKILL');
    }
    await new Promise((resolve) => child.once('close', resolve));
    // Its mark is stale now: the restore goes ahead.
    expect((await run(backup, '--restore', join(dir, 'copy.db'))).code).toBe(0);
  });
});
