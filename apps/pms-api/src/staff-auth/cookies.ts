/** The value of cookie `name` in a Cookie request header, or undefined (the first one wins). */
export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) {
    return undefined;
  }
  for (const pair of header.split(';')) {
    const separator = pair.indexOf('=');
    if (separator > 0 && pair.slice(0, separator).trim() === name) {
      return pair.slice(separator + 1).trim();
    }
  }
  return undefined;
}

export interface CookieAttributes {
  readonly path: string;
  readonly maxAgeSeconds: number;
  readonly httpOnly: boolean;
  readonly secure: boolean;
  readonly sameSite: 'Strict' | 'Lax';
}

/**
 * A Set-Cookie value. Values are never escaped: callers pass base64url, which is safe in
 * a cookie as is, so a value that is not is a bug rather than something to encode.
 */
export function serializeCookie(name: string, value: string, attributes: CookieAttributes): string {
  if (!/^[\w-]*$/.test(value)) {
    throw new Error(`cookie ${name} has a value that is not base64url`);
  }
  return [
    `${name}=${value}`,
    `Path=${attributes.path}`,
    `Max-Age=${attributes.maxAgeSeconds}`,
    ...(attributes.httpOnly ? ['HttpOnly'] : []),
    ...(attributes.secure ? ['Secure'] : []),
    `SameSite=${attributes.sameSite}`,
  ].join('; ');
}
