import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isAllowedExternalUrl, isAppUrl, navigationDecision } from '../../../main/electron/policy';
import { secureWebPreferences } from '../../../main/electron/web-preferences';
import { CONTENT_SECURITY_POLICY } from '../../../main/transport/csp';

describe('Electron security settings', () => {
  it('every window is sandboxed, isolated and without Node', () => {
    const prefs = secureWebPreferences('/app/preload.cjs');
    expect(prefs).toMatchObject({
      preload: '/app/preload.cjs',
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('the Electron entry builds windows only through the factory and denies the rest', () => {
    const source = readFileSync('main/electron/index.ts', 'utf8').replace(/\s+/g, ' ');
    const windows = source.match(/new BrowserWindow\(/g) ?? [];
    const factoryUses = source.match(/webPreferences: secureWebPreferences\(/g) ?? [];
    expect(windows.length).toBe(1);
    expect(factoryUses.length).toBe(windows.length);
    expect(source).toContain("return { action: 'deny' }");
    expect(source).toMatch(
      /setPermissionRequestHandler\(\(_wc, _permission, callback\) => callback\(false\),?\s?\)/,
    );
    expect(source).toContain('setPermissionCheckHandler(() => false)');
    expect(source).toContain('isAppUrl(event.senderFrame.url)');
    expect(source).not.toContain('file://');
  });

  it('only the app origin counts as the app (IPC sender check, navigation)', () => {
    expect(isAppUrl('app://sverka/index.html')).toBe(true);
    expect(isAppUrl('app://evil/index.html')).toBe(false);
    expect(isAppUrl('file:///etc/passwd')).toBe(false);
    expect(isAppUrl('https://sverka/')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });

  it('external links go out only as http(s)', () => {
    expect(isAllowedExternalUrl('https://example.org/x')).toBe(true);
    expect(isAllowedExternalUrl('http://example.org')).toBe(true);
    expect(isAllowedExternalUrl('file:///etc/passwd')).toBe(false);
    expect(isAllowedExternalUrl('javascript:alert(1)')).toBe(false);
    expect(isAllowedExternalUrl('smb://host/share')).toBe(false);
    expect(isAllowedExternalUrl('https://user:pw@example.org')).toBe(false);
    expect(navigationDecision('javascript:alert(1)')).toBe('deny');
    expect(navigationDecision('https://example.org')).toBe('external');
  });

  it('the CSP allows scripts only from the app itself', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/script-src[^;]*unsafe/);
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
  });

  it('the preload exposes only contract methods', () => {
    const source = readFileSync('main/electron/preload.ts', 'utf8');
    expect(source).toContain('new Set<string>(METHODS)');
    expect(source.match(/exposeInMainWorld/g)).toHaveLength(1);
  });
});
