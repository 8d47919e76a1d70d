import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Handlers } from '../../core/api';

const corpus = (path: string) => fileURLToPath(new URL(`../../corpus/${path}`, import.meta.url));

/**
 * First run: when the store holds no project yet, import the bundled samples (the Izvestia page as an
 * MT-only review, the UDHR ru/en pair) so the app never opens on an empty screen. Returns the id of
 * the document to open first, or null when there was data already.
 */
export async function seedSampleProject(
  handlers: Handlers,
  log: (line: string) => void,
): Promise<number | null> {
  const { items } = await handlers['project.list']({});
  if (items.length > 0) return null;
  const page = await handlers['project.create']({
    name: 'Sample: Izvestia page (Yandex MT)',
    sourceLang: 'ru',
    targetLang: 'en',
  });
  const pageDoc = await handlers['document.import']({
    projectId: page.id,
    source: null,
    target: {
      name: 'izvestia-2025-04.mt.en.txt',
      content: await readFile(corpus('seed/izvestia-2025-04.mt.en.txt'), 'utf8'),
    },
  });
  const udhr = await handlers['project.create']({
    name: 'Sample: Universal Declaration of Human Rights',
    sourceLang: 'ru',
    targetLang: 'en',
  });
  await handlers['document.import']({
    projectId: udhr.id,
    source: {
      name: 'udhr.ru.txt',
      content: await readFile(corpus('parallel/udhr/source.ru.txt'), 'utf8'),
    },
    target: {
      name: 'udhr.en.txt',
      content: await readFile(corpus('parallel/udhr/target.en.txt'), 'utf8'),
    },
    split: 'lines',
  });
  log('Created the sample projects (Izvestia MT page, UDHR ru/en).');
  return pageDoc.documentId;
}
