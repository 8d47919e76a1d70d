const KEY = 'sverka.token';

/**
 * Browser mode: the server prints a URL with `?token=…` once. Keep it for this tab's session and take
 * it out of the address bar (and history) so it is not bookmarked or shared by accident.
 */
export function takeTokenFromUrl(): string | null {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(KEY, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(null, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  return sessionStorage.getItem(KEY);
}
