import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ANGULAR_STYLESHEET_ONLOAD, contentSecurityPolicy, scriptHash } from './security-headers.ts';

describe('contentSecurityPolicy', () => {
  const csp = contentSecurityPolicy('https://hub.example.test');

  it('allows scripts from the site only, plus exactly the stylesheet onload handler Angular emits', () => {
    const scriptSrc = csp.split('; ').find((directive) => directive.startsWith('script-src '));
    const expected = `'sha256-${createHash('sha256').update("this.media='all'").digest('base64')}'`;
    expect(scriptSrc).toBe(`script-src 'self' 'unsafe-hashes' ${expected}`);
    expect(scriptHash(ANGULAR_STYLESHEET_ONLOAD)).toBe(expected);
  });

  it('lets the page reach its own origin and the stage hub, and nothing frame it', () => {
    expect(csp).toContain("connect-src 'self' https://hub.example.test");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp.startsWith("default-src 'self'")).toBe(true);
  });
});
