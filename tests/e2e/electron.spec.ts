import { _electron as electron, expect, test } from '@playwright/test';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { findElectronBinary } from '../../main/cli/electron-binary';

const binary = findElectronBinary();
const mainFile = join(import.meta.dirname, '../../out/main/index.js');
const reason =
  'SKIPPED: no Electron binary on this machine (offline install; set ELECTRON_OVERRIDE_DIST_PATH to an unpacked Electron to run it)';

if (!binary) console.warn(`\n[electron.spec] ${reason}\n`);

test('the desktop window opens the app through the sandboxed preload', async () => {
  test.skip(!binary || !existsSync(mainFile), reason);
  const app = await electron.launch({ executablePath: binary ?? undefined, args: [mainFile] });
  const window = await app.firstWindow();
  await expect(window.getByTestId('app-mode')).toHaveText('Desktop');
  const nodeVisible = await window.evaluate(
    () => typeof (globalThis as { require?: unknown }).require,
  );
  expect(nodeVisible).toBe('undefined');
  await app.close();
});
