import { parseArgs } from 'node:util';
import type { SegmentFilter } from '../../../core/api';
import { validateRequest } from '../../../core/api';
import { openApp, resolveDataDir } from '../../services';
import { appVersion } from '../index';
import { UsageError, type CliCommand } from '../types';

function cell(text: string | null): string {
  return (text ?? '').replace(/\s+/g, ' ');
}

export const command: CliCommand = {
  name: 'list',
  summary: 'List projects and documents, or the review rows of one document.',
  usage:
    'sverka list [--document N [--offset 0] [--limit 50] [--status S] [--flag F] [--kind K] [--text T]] [--json] [--data-dir D]',
  async run(args, io) {
    const { values } = parseArgs({
      args,
      options: {
        document: { type: 'string' },
        offset: { type: 'string', default: '0' },
        limit: { type: 'string', default: '50' },
        status: { type: 'string' },
        flag: { type: 'string' },
        kind: { type: 'string' },
        text: { type: 'string' },
        json: { type: 'boolean' },
        'data-dir': { type: 'string' },
      },
    });
    const app = openApp({
      dataDir: resolveDataDir(values['data-dir']),
      mode: 'browser',
      version: await appVersion(),
      backup: false,
    });
    try {
      const h = app.handlers;
      if (values.document === undefined) {
        const projects = (await h['project.list']({})).items;
        const out = [];
        for (const p of projects)
          out.push({ ...p, items: (await h['document.list']({ projectId: p.id })).items });
        if (values.json) io.out(`${JSON.stringify({ items: out })}\n`);
        for (const p of values.json ? [] : out) {
          io.out(
            `project ${p.id}\t${p.name}\t${p.sourceLang}→${p.targetLang}\t${p.documents} documents\n`,
          );
          for (const d of p.items) {
            io.out(
              `  document ${d.id}\t${d.name}${d.sourceName ? ` (source ${d.sourceName})` : ''}\t${d.segments} rows, ${d.approved} approved\n`,
            );
          }
        }
        return 0;
      }
      const filter: SegmentFilter = {};
      for (const key of ['status', 'flag', 'kind', 'text'] as const) {
        const value = values[key];
        if (value !== undefined) Object.assign(filter, { [key]: value });
      }
      const request = {
        documentId: Number(values.document),
        offset: Number(values.offset),
        limit: Number(values.limit),
        ...(Object.keys(filter).length > 0 ? { filter } : {}),
      };
      const checked = validateRequest('segment.list', request);
      if (!checked.ok) throw new UsageError(checked.error.message);
      const page = await h['segment.list'](checked.value);
      if (values.json) {
        io.out(`${JSON.stringify(page)}\n`);
        return 0;
      }
      io.out(`${page.items.length} of ${page.total} rows\n`);
      io.out('order\tid\tstatus\tflags\tconfidence\tsource\tmt\tcorrection\n');
      for (const r of page.items) {
        io.out(
          `${r.order}\t${r.id}\t${r.status}\t${r.flags.join(',')}\t${r.confidence.toFixed(2)}\t${cell(r.source)}\t${cell(r.mt)}\t${cell(r.correction)}\n`,
        );
      }
      return 0;
    } finally {
      app.close();
    }
  },
};
