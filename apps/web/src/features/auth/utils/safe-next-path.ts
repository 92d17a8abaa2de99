const PROBE_ORIGIN = 'http://officebench.invalid';

/** Pages that make no sense to come back to after signing in. */
const AUTH_PAGES = ['/login', '/forgot-password', '/set-password'];

/**
 * Where to go after signing in: `next` when it is a path on this site (starts with one `/`, no
 * backslashes or control characters, stays on the same origin once resolved), otherwise `/`.
 * Guards against open redirects such as `//evil.example` or `/\evil.example`.
 */
export function safeNextPath(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//')) return '/';
  if (/[\\\u0000-\u001f\u007f]/.test(next)) return '/';
  let url: URL;
  try {
    url = new URL(next, PROBE_ORIGIN);
  } catch {
    return '/';
  }
  if (url.origin !== PROBE_ORIGIN) return '/';
  if (AUTH_PAGES.includes(url.pathname)) return '/';
  return `${url.pathname}${url.search}${url.hash}`;
}

/** The log-in page's address that brings the user back to `current` (a path with its query). */
export function loginPath(current: string): string {
  const next = safeNextPath(current);
  return next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`;
}
