// Types of `$config`, `$app`, `sst.*`, `aws.*`: .sst/platform/config.d.ts, which
// tsconfig.json lists (written by `sst install`; see scripts/ensure-sst-platform.ts).

/**
 * One SST stage per customer and environment (`lagoverde-prod`, `lagoverde-staging`, ...),
 * each a function of its entry in src/customers.ts. `sst deploy --stage <stage>` is run by
 * tools/deploy, never by hand; see README.md.
 */
export default $config({
  // SST refuses top-level imports in this file: modules are imported inside each function.
  async app(input) {
    const { stageConfig } = await import('./src/customers.ts');
    const { tagsFor } = await import('./src/tags.ts');
    const config = stageConfig(input.stage);
    return {
      name: 'pitchdesk',
      home: 'aws',
      removal: config.environment === 'prod' ? 'retain' : 'remove',
      // `sst remove` refuses a production stage outright.
      protect: config.environment === 'prod',
      providers: {
        // Default tags reach every taggable AWS resource, including the ones SST's
        // components create for us (and their us-east-1 providers, which copy this config).
        aws: { region: config.customer.region, defaultTags: { tags: tagsFor(config) } },
        random: '4.16.6',
      },
    };
  },
  async run() {
    const { stageConfig } = await import('./src/customers.ts');
    const { buildStack } = await import('./src/stack.ts');
    const { releaseInputFromEnvironment } = await import('./src/release-input.ts');
    return buildStack(stageConfig($app.stage), releaseInputFromEnvironment(process.env, $cli.paths.root));
  },
});
