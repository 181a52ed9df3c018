import { resolve } from 'node:path';
import type { StageConfig } from './customer-config.ts';
import { dnsOf, hostsOf, runtimeConfigOf } from './hosts.ts';
import { localeRoutingInjection } from './locale-routing.ts';
import { contentSecurityPolicy } from './security-headers.ts';
import { prepareSiteDirectory } from './site-files.ts';

export interface SiteSpec {
  readonly id: 'BookingSite' | 'ConsoleSite';
  /** Nx project whose build output (`<dist>/<app>/browser`) is published. */
  readonly app: 'booking-engine' | 'pms-console';
  readonly host: (config: StageConfig) => string;
  readonly locales: readonly string[];
}

export const SITES: readonly SiteSpec[] = [
  { id: 'BookingSite', app: 'booking-engine', host: (config) => hostsOf(config).booking, locales: ['it', 'en', 'de', 'nl'] },
  { id: 'ConsoleSite', app: 'pms-console', host: (config) => hostsOf(config).console, locales: ['it', 'en'] },
];

// AWS-managed CloudFront policies (stable ids documented by AWS).
const CACHING_DISABLED_POLICY = '4135ea2d-6df8-44a3-9df3-4b5a84be39ad';
const ALL_VIEWER_EXCEPT_HOST_HEADER_POLICY = 'b689b0a8-53d0-40ab-baf2-68738e2966ac';
const API_ORIGIN_ID = 'api';

export interface SiteEdge {
  /** CLOUDFRONT-scope WAF ACLs must be created in us-east-1. */
  readonly usEast1: aws.Provider;
  readonly webAcl: aws.wafv2.WebAcl;
}

/**
 * WAF for the stage's distributions. Raw Pulumi: StaticSite has no WAF option (SST only
 * offers one on Router, whose KV-store routing we do not need). Managed rule groups plus a
 * per-address rate limit sized for a season-opening peak behind carrier NAT.
 */
export function siteEdge(config: StageConfig, tags: Record<string, string>): SiteEdge {
  const usEast1 = new aws.Provider('UsEast1', { region: 'us-east-1', defaultTags: { tags } });
  const managed = (name: string, priority: number) => ({
    name,
    priority,
    overrideAction: { none: {} },
    statement: { managedRuleGroupStatement: { vendorName: 'AWS', name } },
    visibilityConfig: { cloudwatchMetricsEnabled: true, sampledRequestsEnabled: true, metricName: name },
  });
  const webAcl = new aws.wafv2.WebAcl(
    'SitesWaf',
    {
      scope: 'CLOUDFRONT',
      description: `pitchdesk ${config.stage} sites`,
      defaultAction: { allow: {} },
      rules: [
        {
          name: 'RateLimitPerIp',
          priority: 0,
          action: { block: {} },
          statement: { rateBasedStatement: { limit: 3000, aggregateKeyType: 'IP' } },
          visibilityConfig: { cloudwatchMetricsEnabled: true, sampledRequestsEnabled: true, metricName: 'RateLimitPerIp' },
        },
        managed('AWSManagedRulesCommonRuleSet', 1),
        managed('AWSManagedRulesKnownBadInputsRuleSet', 2),
        managed('AWSManagedRulesSQLiRuleSet', 3),
      ],
      visibilityConfig: { cloudwatchMetricsEnabled: true, sampledRequestsEnabled: true, metricName: `pitchdesk-${config.stage}` },
    },
    { provider: usEast1 },
  );
  return { usEast1, webAcl };
}

function securityHeaders(spec: SiteSpec, config: StageConfig): aws.cloudfront.ResponseHeadersPolicy {
  return new aws.cloudfront.ResponseHeadersPolicy(`${spec.id}Headers`, {
    comment: `pitchdesk ${config.stage} ${spec.app}`,
    securityHeadersConfig: {
      contentSecurityPolicy: { contentSecurityPolicy: contentSecurityPolicy(`https://${hostsOf(config).hub}`), override: true },
      strictTransportSecurity: { accessControlMaxAgeSec: 63_072_000, includeSubdomains: true, preload: true, override: true },
      contentTypeOptions: { override: true },
      frameOptions: { frameOption: 'DENY', override: true },
      referrerPolicy: { referrerPolicy: 'strict-origin-when-cross-origin', override: true },
    },
    customHeadersConfig: {
      items: [{ header: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=()', override: true }],
    },
  });
}

export interface SitesInput {
  readonly edge: SiteEdge;
  /** Where `<app>/browser` build outputs are (the Nx dist folder). */
  readonly distDirectory: string;
  /** Scratch space for the per-stage upload folders. */
  readonly workDirectory: string;
}

/**
 * A static site on S3 + CloudFront (SST StaticSite: private bucket reached through Origin
 * Access Control), with the stage's WAF, security headers, `/config.json`, and `/api/*`
 * forwarded uncached to the API's load balancer so the UI calls its own origin.
 */
export function staticSite(spec: SiteSpec, config: StageConfig, input: SitesInput): sst.aws.StaticSite {
  const headers = securityHeaders(spec, config);
  const folder = prepareSiteDirectory(
    resolve(input.distDirectory, spec.app, 'browser'),
    resolve(input.workDirectory, 'sites', config.stage, spec.app),
    runtimeConfigOf(config),
  );
  const site = new sst.aws.StaticSite(spec.id, {
    path: folder,
    domain: { name: spec.host(config), dns: dnsOf(config) },
    edge: { viewerRequest: { injection: localeRoutingInjection(spec.locales, spec.locales[0] ?? 'en') } },
    assets: {
      // Hashed bundles are immutable; index pages and the stage's config must never be stale.
      fileOptions: [
        { files: '**', cacheControl: 'max-age=31536000,public,immutable' },
        { files: ['**/*.html', 'config.json'], cacheControl: 'max-age=0,no-cache,no-store,must-revalidate' },
      ],
    },
    transform: {
      cdn: (args) => {
        args.webAclArn = input.edge.webAcl.arn;
        args.defaultCacheBehavior = $util.all([args.defaultCacheBehavior, headers.id]).apply(([behavior, responseHeadersPolicyId]) => ({
          ...behavior,
          responseHeadersPolicyId,
        }));
        args.origins = $output(args.origins).apply((origins) => [
          ...origins,
          {
            originId: API_ORIGIN_ID,
            domainName: hostsOf(config).api,
            customOriginConfig: { httpPort: 80, httpsPort: 443, originProtocolPolicy: 'https-only', originSslProtocols: ['TLSv1.2'], originReadTimeout: 30 },
          },
        ]);
        args.orderedCacheBehaviors = [
          {
            pathPattern: '/api/*',
            targetOriginId: API_ORIGIN_ID,
            viewerProtocolPolicy: 'https-only',
            allowedMethods: ['DELETE', 'GET', 'HEAD', 'OPTIONS', 'PATCH', 'POST', 'PUT'],
            cachedMethods: ['GET', 'HEAD'],
            compress: true,
            cachePolicyId: CACHING_DISABLED_POLICY,
            originRequestPolicyId: ALL_VIEWER_EXCEPT_HOST_HEADER_POLICY,
            responseHeadersPolicyId: headers.id,
          },
        ];
        return undefined;
      },
    },
  });
  const bucket = site.nodes.assets;
  if (!bucket) {
    throw new Error(`${spec.id}: StaticSite created no bucket (an external assets.bucket is not expected here)`);
  }
  // Explicit SSE with bucket keys; access stays CloudFront-only (SST's bucket policy + public access block).
  new aws.s3.BucketServerSideEncryptionConfiguration(`${spec.id}Encryption`, {
    bucket: bucket.name,
    rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: 'AES256' }, bucketKeyEnabled: true }],
  });
  return site;
}
