import type { StackOutputs } from '@pitchdesk/infra/deploy-contract';
import type { DeployEnvironment } from './deploy-environment.ts';

export interface SmokeResult {
  readonly passed: boolean;
  readonly failures: readonly string[];
}

/**
 * Through the public entry points, as a guest's browser would: each site's config.json
 * names this stage's hub, the API answers through CloudFront with the release just
 * deployed and every required dependency up, and the hub is healthy.
 */
export async function smokeTest(env: DeployEnvironment, outputs: StackOutputs, apiRelease: string): Promise<SmokeResult> {
  const failures: string[] = [];
  const check = async (url: string, verify: (body: string) => string | undefined): Promise<void> => {
    try {
      const response = await env.httpGet(url);
      const problem = response.status === 200 ? verify(response.body) : `HTTP ${response.status}`;
      if (problem) {
        failures.push(`${url}: ${problem}`);
      }
    } catch (error) {
      failures.push(`${url}: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  const configNamesHub = (body: string): string | undefined => {
    const config = JSON.parse(body) as { hubUrl?: string };
    return config.hubUrl?.startsWith(outputs.hubUrl) ? undefined : `config.json names hub ${String(config.hubUrl)}, expected ${outputs.hubUrl}`;
  };
  await check(`${outputs.bookingUrl}/config.json`, configNamesHub);
  await check(`${outputs.consoleUrl}/config.json`, configNamesHub);
  await check(`${outputs.bookingUrl}/api/health`, (body) => {
    const report = JSON.parse(body) as { status?: string; version?: string };
    if (report.version !== apiRelease) {
      return `serves release ${String(report.version)}, expected ${apiRelease}`;
    }
    return report.status === 'down' ? 'reports a required dependency down' : undefined;
  });
  await check(`${outputs.hubUrl}/healthz`, () => undefined);
  return { passed: failures.length === 0, failures };
}
