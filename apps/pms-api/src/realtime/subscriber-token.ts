import { SignJWT } from 'jose';

/**
 * A subscriber JWT (HS256, `mercure.subscribe: topics`) for the hub. Short-lived: the hub
 * checks it when a stream opens, so it only has to outlive the connect; a console asks for
 * a fresh one each time it (re)connects, and a leaked one is good for minutes only.
 */
export async function subscriberToken(key: Uint8Array, topics: readonly string[], lifetimeSeconds: number, nowMs: number): Promise<string> {
  const issuedAt = Math.floor(nowMs / 1000);
  return new SignJWT({ mercure: { subscribe: [...topics] } })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + lifetimeSeconds)
    .sign(key);
}
