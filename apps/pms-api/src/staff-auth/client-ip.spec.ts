import { describe, expect, it } from 'vitest';
import { clientIp } from './client-ip';

describe('clientIp', () => {
  it.each<[string, string | string[] | undefined, number, string]>([
    ['10.0.0.5', undefined, 0, '10.0.0.5'],
    // No trusted proxy: a header the client wrote is ignored.
    ['203.0.113.9', '1.2.3.4', 0, '203.0.113.9'],
    // CloudFront then ALB: "client, cloudfront", peer = ALB.
    ['10.0.0.5', '198.51.100.7, 130.176.1.1', 2, '198.51.100.7'],
    // A client that forges a first entry does not get it used.
    ['10.0.0.5', '6.6.6.6, 198.51.100.7, 130.176.1.1', 2, '198.51.100.7'],
    // Two headers count as one list.
    ['10.0.0.5', ['198.51.100.7', '130.176.1.1'], 2, '198.51.100.7'],
    // Fewer entries than hops (a request that bypassed a proxy): the leftmost one there is.
    ['10.0.0.5', undefined, 2, '10.0.0.5'],
    ['10.0.0.5', '198.51.100.7', 2, '198.51.100.7'],
  ])('peer %s, X-Forwarded-For %j, %i hops -> %s', (peer, forwardedFor, hops, expected) => {
    expect(clientIp(peer, forwardedFor, hops)).toBe(expected);
  });
});
