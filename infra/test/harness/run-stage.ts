/**
 * Runs the real infra program (sst.config.ts + src/) for one stage under Pulumi mocks and
 * prints every recorded resource as JSON. Bundled by stack-graph.ts with the esbuild that
 * `sst install` puts in .sst/platform, and run from there so `@pulumi/*` resolve to the
 * provider SDKs SST installed. Usage: node run-stage.mjs <stage> <infra dir> <output file>
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as pulumi from '@pulumi/pulumi';
import type { RecordedResource } from './fake-aws.ts';
import { fakeAws } from './fake-aws.ts';
import { startFakeBootstrapRpc } from './bootstrap-rpc.ts';

interface AppResult {
  name: string;
  removal: string;
  protect?: boolean;
  providers: { aws: { region: string } & Record<string, unknown> } & Record<string, unknown>;
}
interface SstConfig {
  app(input: { stage: string }): Promise<AppResult> | AppResult;
  run(): Promise<unknown>;
}

const [stage = '', infraDir = '', outputFile = ''] = process.argv.slice(2);
const globals = globalThis as Record<string, unknown>;

async function main(): Promise<void> {
  // What the SST CLI provides to sst.config.ts before it evaluates `app()`.
  globals['$config'] = (config: SstConfig) => config;
  const config = ((await import('../../sst.config.ts')) as unknown as { default: SstConfig }).default;
  const app = await config.app({ stage });
  const region = app.providers.aws.region;

  const recorded: RecordedResource[] = [];
  // As the CLI does: provider args become Pulumi config `aws:<key>`, objects JSON encoded.
  pulumi.runtime.setAllConfig(
    Object.fromEntries(
      Object.entries(app.providers.aws).map(([key, value]) => [`aws:${key}`, typeof value === 'string' ? value : JSON.stringify(value)]),
    ),
  );
  await pulumi.runtime.setMocks(fakeAws(region, recorded), app.name, stage, false);
  const rpc = await startFakeBootstrapRpc(region);
  process.env['SST_SERVER'] = rpc.url;

  const platform = resolve(infraDir, '.sst/platform');
  Object.assign(globals, {
    $app: { name: app.name, stage, removal: app.removal, providers: app.providers, protect: app.protect ?? false },
    $dev: false,
    $cli: { paths: { root: infraDir, platform, work: resolve(infraDir, '.sst') }, state: { version: {} }, command: 'deploy', home: 'aws' },
    $util: pulumi,
    $output: pulumi.output,
    $interpolate: pulumi.interpolate,
    $resolve: pulumi.all,
    $concat: pulumi.concat,
    $jsonStringify: pulumi.jsonStringify,
    $jsonParse: pulumi.jsonParse,
    $print: () => undefined,
    aws: await import('@pulumi/aws'),
    random: await import('@pulumi/random'),
  });
  const component = await import('../../.sst/platform/src/components/component.ts');
  globals['$transform'] = component.$transform;
  globals['$asset'] = component.$asset;
  globals['sst'] = await import('../../.sst/platform/src/components/index.ts');

  const outputs = await config.run();
  await new Promise<void>((done) => pulumi.output(outputs as Record<string, unknown>).apply(() => done()));
  // Resources created inside applies register later; the runtime's RPC queue (which the
  // mocks go through too) drains only once every registration has been answered.
  await pulumi.runtime.disconnect();
  rpc.close();
  writeFileSync(outputFile, JSON.stringify({ stage, app: { ...app }, resources: recorded }, null, 1));
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(1);
  },
);
