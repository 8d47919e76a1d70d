import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

export type StaticFile = { body: Buffer; type: string };

/**
 * Resolves a URL path to a file of the built renderer, never outside `root`. Unknown paths fall back
 * to index.html so deep links (`#/documents/7` or history paths) open the app.
 */
export async function loadStaticFile(root: string, urlPath: string): Promise<StaticFile | null> {
  let relative: string;
  try {
    relative = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  } catch {
    return null;
  }
  if (relative.includes('\0')) return null;
  const resolved = normalize(join(root, relative));
  if (resolved !== root && !resolved.startsWith(root.endsWith(sep) ? root : root + sep))
    return null;
  const file = (await isFile(resolved)) ? resolved : join(root, 'index.html');
  if (!(await isFile(file))) return null;
  return { body: await readFile(file), type: TYPES[extname(file)] ?? 'application/octet-stream' };
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
