// Article content is untrusted: the UI renders it as text, and these headers make sure that
// even a slip there runs no script (no inline script, no eval, no plugin, no framing).
// Writes need the token when one is set (always, when bound beyond this machine); a page from
// another site can't write through the analyst's browser, and a rebinding DNS name can't read.
import { timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { ApiError } from './errors.js';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export const securityHeaders: MiddlewareHandler = async (c, next) => {
  await next();
  c.header('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  c.header('X-Content-Type-Options', 'nosniff');
  c.header('Referrer-Policy', 'no-referrer');
  c.header('X-Frame-Options', 'DENY');
  c.header('Cross-Origin-Opener-Policy', 'same-origin');
  c.header('Cross-Origin-Resource-Policy', 'same-origin');
};

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** `Authorization: Bearer <token>` (or `X-Recoupe-Token`) on every write when a token is set. */
export function writeGuard(token: string | undefined): MiddlewareHandler {
  const expected = token ? Buffer.from(token) : null;
  return async (c, next) => {
    if (!WRITE_METHODS.has(c.req.method)) return next();
    const origin = c.req.header('Origin');
    if (origin && origin !== new URL(c.req.url).origin) {
      throw new ApiError('unauthorized', `writes from another site (${origin}) are refused`);
    }
    if (expected) {
      const given = c.req.header('Authorization')?.replace(/^Bearer\s+/i, '') ?? c.req.header('X-Recoupe-Token') ?? '';
      const bytes = Buffer.from(given);
      if (bytes.length !== expected.length || !timingSafeEqual(bytes, expected)) {
        throw new ApiError('unauthorized', 'this server takes writes with its token only (Authorization: Bearer <token>)');
      }
    }
    return next();
  };
}

/**
 * When bound to loopback, answer only requests addressed to a loopback name: a web page whose
 * DNS name is rebound to 127.0.0.1 would otherwise read the store through the analyst's browser.
 */
export function loopbackHostGuard(): MiddlewareHandler {
  return async (c, next) => {
    const host = (c.req.header('Host') ?? '').replace(/:\d+$/, '').toLowerCase();
    if (host && !isLoopback(host)) throw new ApiError('unauthorized', `requests for host "${host}" are refused`);
    return next();
  };
}

const LOOPBACK_NAMES = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

export function isLoopback(host: string): boolean {
  return LOOPBACK_NAMES.has(host.toLowerCase()) || /^127\.\d+\.\d+\.\d+$/.test(host);
}
