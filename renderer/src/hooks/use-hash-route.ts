import { useEffect, useState } from 'react';

export type Route = { name: 'projects' } | { name: 'document'; documentId: number };

/** `#/documents/<id>` opens a document's grid; anything else is the projects screen. */
export function parseHash(hash: string): Route {
  const match = /^#\/documents\/(\d+)\/?$/.exec(hash);
  if (match?.[1]) return { name: 'document', documentId: Number(match[1]) };
  return { name: 'projects' };
}

export function hashOf(route: Route): string {
  return route.name === 'document' ? `#/documents/${route.documentId}` : '#/';
}

export function navigate(route: Route): void {
  window.location.hash = hashOf(route);
}

/** The current route, following hash changes (back/forward, bookmarks, deep links). */
export function useHashRoute(): Route {
  const [route, setRoute] = useState(() => parseHash(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseHash(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
