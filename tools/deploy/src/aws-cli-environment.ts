import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { AwsError } from './deploy-environment.ts';
import type { AwsApi, AwsOperation, CommandResult, DeployEnvironment } from './deploy-environment.ts';

/**
 * The real environment: the AWS CLI (v2, JSON in and out, so requests and answers have the
 * AWS API's own shapes), docker, SST's CLI, and fetch. The deploy job's image provides
 * `aws` and `docker`; credentials come from the job (OIDC role), never from the repo.
 */
function run(command: string, args: readonly string[], options: { cwd: string; env?: NodeJS.ProcessEnv; stdin?: string; echo: boolean }): Promise<CommandResult> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['pipe', 'pipe', 'pipe'] });
    let output = '';
    const collect = (chunk: Buffer): void => {
      output += chunk.toString();
      if (options.echo) {
        process.stdout.write(chunk);
      }
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.once('error', fail);
    child.once('exit', (code) => done({ code: code ?? 1, output }));
    child.stdin.end(options.stdin ?? '');
  });
}

const kebab = (operation: string): string => operation.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase();

export function awsCliEnvironment(repoRoot: string, region: string): DeployEnvironment {
  const infraRoot = resolve(repoRoot, 'infra');
  return {
    async aws<K extends AwsOperation>(operation: K, input: AwsApi[K]['input']): Promise<AwsApi[K]['output']> {
      const [service = '', name = ''] = operation.split(':');
      const args = [service, kebab(name), '--cli-input-json', JSON.stringify(input), '--output', 'json', '--region', region];
      const result = await run('aws', args, { cwd: repoRoot, echo: false });
      if (result.code !== 0) {
        // "An error occurred (ParameterNotFound) when calling the GetParameter operation: ..."
        const code = /An error occurred \(([^)]+)\)/.exec(result.output)?.[1] ?? 'AwsCliError';
        throw new AwsError(code, result.output.trim());
      }
      return JSON.parse(result.output || '{}') as AwsApi[K]['output'];
    },
    docker: (args, stdin) => run('docker', args, { cwd: repoRoot, stdin, echo: true }),
    async sstDeploy(args, env) {
      const result = await run(resolve(repoRoot, 'node_modules/.bin/sst'), args, { cwd: infraRoot, env: { ...process.env, ...env }, echo: true });
      if (result.code !== 0) {
        return result;
      }
      const outputs = JSON.parse(await readFile(resolve(infraRoot, '.sst/outputs.json'), 'utf8')) as Record<string, unknown>;
      return { ...result, outputs };
    },
    async httpGet(url) {
      const response = await fetch(url, { signal: AbortSignal.timeout(15_000), redirect: 'manual' });
      return { status: response.status, body: await response.text() };
    },
    async readFile(path) {
      try {
        return await readFile(resolve(repoRoot, path), 'utf8');
      } catch {
        return undefined;
      }
    },
    sleep: (ms) => new Promise((done) => setTimeout(done, ms)),
    now: () => new Date(),
    log: (line) => console.log(line),
  };
}
