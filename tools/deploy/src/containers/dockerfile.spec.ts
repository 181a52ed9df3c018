import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../../..');
const DOCKERFILE = readFileSync(resolve(ROOT, 'apps/pms-api/Dockerfile'), 'utf8');
const IGNORE = readFileSync(resolve(ROOT, 'apps/pms-api/Dockerfile.dockerignore'), 'utf8');

/** Instructions with continuation lines joined and comments dropped. */
const instructions = DOCKERFILE.replace(/\\\n\s*/g, ' ')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line !== '' && !line.startsWith('#'));
const stages = instructions.filter((line) => line.startsWith('FROM '));
const finalStage = instructions.slice(instructions.lastIndexOf(stages.at(-1) ?? ''));

describe('apps/pms-api/Dockerfile', () => {
  it('is multi-stage: dependencies installed in one stage, only their result copied into the runtime one', () => {
    expect(stages.map((line) => line.split(' AS ')[1])).toEqual(['dependencies', 'runtime']);
    expect(finalStage).toContain('COPY --from=dependencies /app/node_modules ./node_modules');
    expect(finalStage.some((line) => line.startsWith('RUN '))).toBe(false);
  });

  it('starts from a pinned slim Node image and installs production dependencies only, from the build lockfile', () => {
    expect(instructions).toContain('ARG NODE_IMAGE=node:24.21.0-bookworm-slim');
    expect(instructions.find((line) => line.startsWith('RUN '))).toContain('npm ci --omit=dev');
  });

  it('runs as a non-root user, from the Nx build output, with a health check and the HTTP API as default command', () => {
    const user = finalStage.filter((line) => line.startsWith('USER ')).at(-1);
    expect(user).toBe('USER node');
    expect(finalStage).toContain('COPY dist/apps/pms-api/ ./');
    expect(finalStage.find((line) => line.startsWith('HEALTHCHECK '))).toContain('http://127.0.0.1:3000/api/health/live');
    expect(finalStage.at(-1)).toBe('CMD ["node", "main.js"]');
  });

  it('sends only the API build output to the builder', () => {
    const rules = IGNORE.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('#'));
    expect(rules).toEqual(['*', '!dist/apps/pms-api/']);
  });
});
