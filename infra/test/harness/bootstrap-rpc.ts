import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ACCOUNT_ID } from './fake-aws.ts';

/**
 * A fake of the SST CLI's JSON-RPC endpoint (SST_SERVER). Components ask it for the
 * account's bootstrap data (asset bucket, ECR repository); nothing else is answered.
 */
export async function startFakeBootstrapRpc(region: string): Promise<{ url: string; close: () => void }> {
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      const { method } = JSON.parse(body) as { method: string };
      const result =
        method === 'Provider.Aws.Bootstrap'
          ? {
              asset: `sst-asset-${ACCOUNT_ID}`,
              assetEcrRegistryId: ACCOUNT_ID,
              assetEcrUrl: `${ACCOUNT_ID}.dkr.ecr.${region}.amazonaws.com/sst-asset`,
              state: `sst-state-${ACCOUNT_ID}`,
              appsyncHttp: '',
              appsyncRealtime: '',
            }
          : undefined;
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify(result ? { result } : { error: `rpc: can't find method ${method}` }));
    });
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => server.close() };
}
