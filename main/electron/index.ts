// Electron entry (bundled by electron-vite to out/main/index.js). Thin on purpose: every decision it
// applies lives in plain modules tested in Node (web-preferences, policy, dispatch, services).
import { app, BrowserWindow, ipcMain, net, protocol, session, shell } from 'electron';
import { dirname, join, normalize, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { seedSampleProject } from '../cli/sample-project';
import { openApp } from '../services';
import { resolveDataDir } from '../services/data-dir';
import { CONTENT_SECURITY_POLICY } from '../transport/csp';
import { createDispatcher } from '../transport/dispatch';
import { IPC_CHANNEL } from './ipc-channel';
import { APP_ORIGIN, APP_SCHEME, isAppUrl, navigationDecision } from './policy';
import { secureWebPreferences } from './web-preferences';

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

const here = dirname(fileURLToPath(import.meta.url));
const rendererRoot = join(here, '../renderer');

function serveAppProtocol(): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const { pathname } = new URL(request.url);
    const file = normalize(
      join(rendererRoot, pathname === '/' ? 'index.html' : decodeURIComponent(pathname)),
    );
    if (!file.startsWith(rendererRoot + sep)) return new Response('Not found', { status: 404 });
    const response = await net.fetch(pathToFileURL(file).toString());
    const headers = new Headers(response.headers);
    headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    return new Response(response.body, { status: response.status, headers });
  });
}

function createWindow(hash = ''): BrowserWindow {
  const window = new BrowserWindow({
    width: 1400,
    height: 900,
    title: 'Sverka',
    webPreferences: secureWebPreferences(join(here, '../preload/index.cjs')),
  });
  window.webContents.on('will-navigate', (event, url) => {
    if (isAppUrl(url)) return;
    event.preventDefault();
    if (navigationDecision(url) === 'external') void shell.openExternal(url);
  });
  window.webContents.setWindowOpenHandler(({ url }) => {
    if (navigationDecision(url) === 'external') void shell.openExternal(url);
    return { action: 'deny' };
  });
  void window.loadURL(`${APP_ORIGIN}/${hash}`);
  return window;
}

void app.whenReady().then(async () => {
  const sverka = openApp({
    dataDir: resolveDataDir(),
    mode: 'electron',
    version: app.getVersion(),
  });
  const dispatch = createDispatcher(sverka.handlers, (line) => console.error(line));
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) =>
    callback(false),
  );
  session.defaultSession.setPermissionCheckHandler(() => false);
  serveAppProtocol();
  ipcMain.handle(IPC_CHANNEL, (event, method: unknown, request: unknown) => {
    if (!event.senderFrame || !isAppUrl(event.senderFrame.url)) {
      return { ok: false, error: { code: 'forbidden', message: 'IPC from an untrusted frame' } };
    }
    return dispatch(String(method), request);
  });
  sverka.onProgress((progress) => {
    for (const window of BrowserWindow.getAllWindows()) {
      window.webContents.send(`${IPC_CHANNEL}:progress`, progress);
    }
  });
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
  // First run: open on the bundled sample document rather than an empty screen.
  const sample = await seedSampleProject(sverka.handlers, (line) => console.log(line)).catch(
    () => null,
  );
  createWindow(sample === null ? '' : `#/documents/${sample}`);
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
  app.on('will-quit', () => sverka.close());
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
