/**
 * The client's address: the TCP peer, or, behind `trustedHops` proxies that each append
 * to X-Forwarded-For, the address the outermost proxy saw. Entries further left were
 * written by the client itself and prove nothing, so they are never used.
 */
export function clientIp(peer: string, forwardedFor: string | string[] | undefined, trustedHops: number): string {
  if (trustedHops === 0) {
    return peer;
  }
  const forwarded = [forwardedFor ?? []]
    .flat()
    .flatMap((header) => header.split(','))
    .map((entry) => entry.trim())
    .filter(Boolean);
  const chain = [...forwarded, peer];
  return chain[Math.max(0, chain.length - 1 - trustedHops)] ?? peer;
}
