import { closeSync, openSync, writeSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { EXPORT_FORMATS, validateRequest, type ExportFormat } from '../../../core/api';
import { openApp, resolveDataDir } from '../../services';
import { appVersion } from '../index';
import { UsageError, type CliCommand } from '../types';

export const command: CliCommand = {
  name: 'export',
  summary: 'Export a document: the corrected translation or an interchange file.',
  usage: `sverka export --document N --format ${EXPORT_FORMATS.join('|')} [--out FILE] [--include-chrome] [--data-dir D]`,
  async run(args, io) {
    const { values } = parseArgs({
      args,
      options: {
        document: { type: 'string' },
        format: { type: 'string', default: 'txt' },
        out: { type: 'string' },
        'include-chrome': { type: 'boolean' },
        'data-dir': { type: 'string' },
      },
    });
    const documentId = Number(values.document);
    if (!Number.isInteger(documentId) || documentId < 1)
      throw new UsageError('--document must be a document id');
    const format = values.format as ExportFormat;
    if (!EXPORT_FORMATS.includes(format))
      throw new UsageError(`--format must be one of ${EXPORT_FORMATS.join(', ')}`);
    const app = openApp({
      dataDir: resolveDataDir(values['data-dir']),
      mode: 'browser',
      version: await appVersion(),
      backup: false,
    });
    try {
      const request = { documentId, format, includeChrome: values['include-chrome'] ?? false };
      const checked = validateRequest('document.export', request);
      if (!checked.ok) throw new UsageError(checked.error.message);
      const { name, chunks } = app.exportChunks(checked.value);
      // Stream chunk by chunk: a 100,000-row TMX never has to exist as one string.
      let bytes = 0;
      if (values.out) {
        const fd = openSync(values.out, 'w');
        try {
          for (const chunk of chunks) {
            const buffer = Buffer.from(chunk, 'utf8');
            writeFully(fd, buffer);
            bytes += buffer.length;
          }
        } finally {
          closeSync(fd);
        }
      } else {
        for (const chunk of chunks) io.out(chunk);
      }
      if (values.out) io.err(`Wrote ${values.out} (${bytes} bytes; suggested name ${name}).\n`);
      return 0;
    } finally {
      app.close();
    }
  },
};

function writeFully(fd: number, buffer: Buffer): void {
  let offset = 0;
  while (offset < buffer.length) offset += writeSync(fd, buffer, offset);
}
