import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const DIST = resolve(import.meta.dirname, '../../../../../dist/apps/pms-api');

/** Path of a built entry point; the test-medium target builds the API first. */
export function builtEntry(name: 'main' | 'migrate' | 'job'): string {
  const file = resolve(DIST, `${name}.js`);
  if (!existsSync(file)) {
    throw new Error(`${file} is missing: run \`npx nx build pms-api\` first`);
  }
  return file;
}

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a built entry point to completion with exactly `env` (plus PATH). */
export function runEntry(name: 'main' | 'migrate' | 'job', args: string[], env: Record<string, string>): Promise<RunResult> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [builtEntry(name), ...args], { env: { PATH: process.env['PATH'] ?? '', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

/** Starts the built HTTP API and resolves once it logs that it listens, with its URL. */
export function startApi(env: Record<string, string>): Promise<{ child: ChildProcess; url: string; output: () => string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [builtEntry('main')], { env: { PATH: process.env['PATH'] ?? '', ...env } });
    let output = '';
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = /"url":"(http:\/\/[^"]+)"/.exec(output);
      if (match?.[1]) {
        done({ child, url: match[1].replace('[::1]', '127.0.0.1'), output: () => output });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('error', fail);
    child.on('exit', (code) => fail(new Error(`API exited with ${code} before listening:\n${output}`)));
  });
}
