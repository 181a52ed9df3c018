import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';

export interface Answer {
  /** 0 when no HTTP answer came (connection refused, reset, timed out). */
  readonly status: number;
  readonly body: unknown;
  readonly text: string;
  readonly ms: number;
}

/**
 * Keep-alive JSON requests over node:http. Each call is bounded by `timeoutMs`, so a
 * stuck server cannot hold a run past its budget.
 */
export class JsonClient {
  private readonly agent: Agent;
  private readonly baseUrl: string;
  private readonly timeoutMs: number;

  constructor(baseUrl: string, maxSockets: number, timeoutMs = 30_000) {
    this.baseUrl = baseUrl;
    this.timeoutMs = timeoutMs;
    this.agent = new Agent({ keepAlive: true, maxSockets, maxFreeSockets: maxSockets });
  }

  send(method: 'GET' | 'POST', path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Answer> {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const started = performance.now();
    return new Promise((resolve) => {
      const done = (status: number, text: string): void => {
        let parsed: unknown = undefined;
        try {
          parsed = text ? (JSON.parse(text) as unknown) : undefined;
        } catch {
          // Not JSON: keep the text.
        }
        resolve({ status, body: parsed, text, ms: performance.now() - started });
      };
      const outgoing = request(
        new URL(path, this.baseUrl),
        {
          method,
          agent: this.agent,
          timeout: this.timeoutMs,
          headers: payload === undefined ? headers : { 'content-type': 'application/json', ...headers },
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => done(response.statusCode ?? 0, Buffer.concat(chunks).toString('utf8')));
          response.on('error', (error) => done(0, String(error)));
        },
      );
      outgoing.on('timeout', () => outgoing.destroy(new Error(`timed out after ${this.timeoutMs} ms`)));
      outgoing.on('error', (error) => done(0, String(error)));
      outgoing.end(payload);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}
