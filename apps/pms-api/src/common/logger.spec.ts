import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from './logger';

const written: string[] = [];
const originalWrite = process.stdout.write.bind(process.stdout);

/** The log lines written while `work` runs, parsed. */
function linesOf(work: () => void): Record<string, unknown>[] {
  written.length = 0;
  process.stdout.write = ((chunk: string | Uint8Array) => {
    written.push(String(chunk));
    return true;
  }) as typeof process.stdout.write;
  try {
    work();
  } finally {
    process.stdout.write = originalWrite;
  }
  return written.map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe('the JSON logger', () => {
  afterEach(() => {
    process.stdout.write = originalWrite;
  });

  it('puts a structured message\'s fields at the top level', () => {
    const [line] = linesOf(() => createLogger({ PD_LOG_LEVEL: 'log', PD_LOG_FORMAT: 'json' }).log({ message: 'request', status: 503, url: '/api/health' }, 'http'));
    expect(line).toMatchObject({ level: 'log', context: 'http', message: 'request', status: 503, url: '/api/health' });
  });

  it('never lets a field overwrite the level or the context', () => {
    const [line] = linesOf(() => createLogger({ PD_LOG_LEVEL: 'log', PD_LOG_FORMAT: 'json' }).log({ message: 'odd', level: 'fatal', context: 'x' }, 'http'));
    expect(line).toMatchObject({ level: 'log', context: 'http', message: 'odd' });
  });

  it('keeps plain text messages as they are', () => {
    const [line] = linesOf(() => createLogger({ PD_LOG_LEVEL: 'log', PD_LOG_FORMAT: 'json' }).log('started', 'main'));
    expect(line).toMatchObject({ level: 'log', context: 'main', message: 'started' });
  });

  it('drops what is below the configured level', () => {
    expect(linesOf(() => createLogger({ PD_LOG_LEVEL: 'warn', PD_LOG_FORMAT: 'json' }).log('quiet', 'main'))).toEqual([]);
  });
});
