import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SnsTestSigner } from '../../test/medium/support/ses-events-sns-signer';
import { fetchedSigningCertificates } from './sns-signing-certificates';

// The download itself, against a loopback server (the SNS host rule is the verifier's, tested there).
describe('fetchedSigningCertificates', () => {
  const signer = new SnsTestSigner();
  const requests: string[] = [];
  let server: Server;
  let base: string;

  beforeAll(async () => {
    server = createServer((request, response) => {
      requests.push(request.url ?? '');
      if (request.url === '/cert.pem') {
        response.writeHead(200, { 'content-type': 'application/x-pem-file' }).end(signer.certificate.toString());
      } else if (request.url === '/moved.pem') {
        response.writeHead(302, { location: '/cert.pem' }).end();
      } else {
        response.writeHead(404).end('not found');
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  it('downloads a certificate once and serves it from the cache afterwards', async () => {
    const certificates = fetchedSigningCertificates();
    const first = await certificates(`${base}/cert.pem`);
    const second = await certificates(`${base}/cert.pem`);
    expect(first.fingerprint256).toBe(signer.certificate.fingerprint256);
    expect(second).toBe(first);
    expect(requests.filter((url) => url === '/cert.pem')).toHaveLength(1);
  });

  it.each([
    ['a 404', '/missing.pem'],
    ['a redirect (the host rule held for this URL only)', '/moved.pem'],
  ])('fails on %s', async (_label, path) => {
    const downloadsBefore = requests.filter((url) => url === '/cert.pem').length;
    await expect(fetchedSigningCertificates()(`${base}${path}`)).rejects.toThrow();
    expect(requests.filter((url) => url === '/cert.pem')).toHaveLength(downloadsBefore);
  });
});
