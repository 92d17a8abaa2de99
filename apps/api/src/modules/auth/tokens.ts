import { createHash, randomBytes } from 'node:crypto';

/** A random secret for a cookie or a link (256 bits, URL-safe) and the SHA-256 that is stored instead. */
export function newToken(): { token: string; hash: Buffer } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashToken(token) };
}

export function hashToken(token: string): Buffer {
  return createHash('sha256').update(token).digest();
}

/** A well-formed token: 43 URL-safe characters. Anything else is not looked up at all. */
export function isTokenShaped(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}
