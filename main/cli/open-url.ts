import { spawn } from 'node:child_process';

/** Opens a URL with the system opener when there is one; silently does nothing on a headless box. */
export function openUrl(url: string): void {
  const opener =
    process.platform === 'darwin'
      ? 'open'
      : process.platform === 'win32'
        ? 'explorer.exe'
        : 'xdg-open';
  try {
    const child = spawn(opener, [url], { detached: true, stdio: 'ignore' });
    child.on('error', () => undefined);
    child.unref();
  } catch {
    // No opener: the URL is printed, the user opens it.
  }
}
