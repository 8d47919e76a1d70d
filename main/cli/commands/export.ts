import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { EXPORT_FORMATS, type ExportFormat } from '../../../core/api';
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
      const result = await app.handlers['document.export']({
        documentId,
        format,
        includeChrome: values['include-chrome'] ?? false,
      });
      const bytes =
        'content' in result
          ? Buffer.from(result.content, 'utf8')
          : Buffer.from(result.base64, 'base64');
      if (values.out) {
        writeFileSync(values.out, bytes);
        io.err(`Wrote ${values.out} (${bytes.length} bytes; suggested name ${result.name}).\n`);
      } else if ('content' in result) io.out(result.content);
      else throw new UsageError(`${format} is binary: give --out FILE`);
      return 0;
    } finally {
      app.close();
    }
  },
};
