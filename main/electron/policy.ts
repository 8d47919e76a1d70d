/**
 * Navigation and IPC policy of the desktop app, as plain functions so they are tested in Node.
 * The app lives at app://sverka/; nothing else may load in its windows.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'sverka';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** True only for pages of the app itself (the IPC sender check and the navigation guard use it). */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}

/** The one gate for links that leave the app: only http(s) URLs go to the system browser. */
export function isAllowedExternalUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return (
      (parsed.protocol === 'http:' || parsed.protocol === 'https:') &&
      parsed.username === '' &&
      parsed.password === ''
    );
  } catch {
    return false;
  }
}

/** Decides what a navigation attempt does: the app never navigates away; outside links go external. */
export function navigationDecision(url: string): 'deny' | 'external' {
  return isAllowedExternalUrl(url) ? 'external' : 'deny';
}
