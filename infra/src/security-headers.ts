/**
 * Content-Security-Policy of a static site: everything from its own origin, realtime from
 * the stage's hub, nothing inline except what Angular's build emits.
 *
 * `'unsafe-hashes'` + hash: Angular's critical-CSS inlining loads the full stylesheet with
 * `<link media="print" onload="this.media='all'">`. Without allowing exactly that handler
 * the stylesheet never applies and the pages render unstyled. Styles keep 'unsafe-inline'
 * because Angular injects component styles as <style> elements at run time.
 */
import { createHash } from 'node:crypto';

export const ANGULAR_STYLESHEET_ONLOAD = "this.media='all'";

export function scriptHash(source: string): string {
  return `'sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}'`;
}

export function contentSecurityPolicy(hubOrigin: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'unsafe-hashes' ${scriptHash(ANGULAR_STYLESHEET_ONLOAD)}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self' ${hubOrigin}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    'upgrade-insecure-requests',
  ].join('; ');
}
