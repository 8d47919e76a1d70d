import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import type { SplitMode } from '../../../core/model';
import { InputError } from '../../../core/model';
import { openApp, resolveDataDir } from '../../services';
import { appVersion } from '../index';
import { UsageError, type CliCommand } from '../types';

const SPLITS: readonly SplitMode[] = ['auto', 'lines', 'blank'];

function readFile(path: string): { name: string; content: { base64: string } } {
  try {
    return { name: basename(path), content: { base64: readFileSync(path).toString('base64') } };
  } catch (error) {
    throw new InputError(
      path,
      (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : 'cannot be read',
    );
  }
}

export const command: CliCommand = {
  name: 'import',
  summary: 'Import an MT document (and its source) into a project: read, segment, align, store.',
  usage:
    'sverka import TARGET [--source FILE] [--project NAME | --project-id N] [--source-lang ru] [--target-lang en] [--split auto|lines|blank] [--json] [--data-dir D]',
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        source: { type: 'string' },
        project: { type: 'string' },
        'project-id': { type: 'string' },
        'source-lang': { type: 'string' },
        'target-lang': { type: 'string' },
        split: { type: 'string' },
        json: { type: 'boolean' },
        'data-dir': { type: 'string' },
      },
    });
    const [targetPath, ...extra] = positionals;
    if (!targetPath || extra.length > 0) throw new UsageError('give exactly one target (MT) file');
    const split = values.split as SplitMode | undefined;
    if (split !== undefined && !SPLITS.includes(split))
      throw new UsageError(`--split must be one of ${SPLITS.join(', ')}`);
    const target = readFile(targetPath);
    const source = values.source ? readFile(values.source) : null;

    const app = openApp({
      dataDir: resolveDataDir(values['data-dir']),
      mode: 'browser',
      version: await appVersion(),
    });
    try {
      const h = app.handlers;
      let projectId: number;
      if (values['project-id']) {
        projectId = Number(values['project-id']);
        if (!Number.isInteger(projectId) || projectId < 1)
          throw new UsageError('--project-id must be a positive integer');
      } else {
        const name = values.project ?? target.name;
        const sourceLang = values['source-lang'];
        const targetLang = values['target-lang'];
        const existing = (await h['project.list']({})).items.find(
          (p) =>
            p.name === name &&
            (!sourceLang || p.sourceLang === sourceLang) &&
            (!targetLang || p.targetLang === targetLang),
        );
        if (existing) projectId = existing.id;
        else {
          if (!sourceLang || !targetLang)
            throw new UsageError('a new project needs --source-lang and --target-lang');
          projectId = (await h['project.create']({ name, sourceLang, targetLang })).id;
        }
      }
      const result = await h['document.import']({
        projectId,
        source,
        target,
        ...(split ? { split } : {}),
      });
      if (values.json) io.out(`${JSON.stringify({ projectId, ...result })}\n`);
      else
        io.out(
          `Imported ${target.name} as document ${result.documentId} in project ${projectId}: ${result.segments} rows.\n`,
        );
      return 0;
    } finally {
      app.close();
    }
  },
};
