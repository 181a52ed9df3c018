import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { AppConfig } from '../../../src/config/app-config';
import { createHttpApp } from '../../../src/http-app';

export interface ApiAnswer<T = unknown> {
  status: number;
  body: T;
}

export interface TestApi {
  readonly app: NestFastifyApplication;
  readonly config: AppConfig;
  readonly baseUrl: string;
  call<T = unknown>(method: string, path: string, options?: { body?: unknown; headers?: Record<string, string> }): Promise<ApiAnswer<T>>;
  close(): Promise<void>;
}

/** The real HTTP app on a loopback port, called over real HTTP (concurrency included). */
export async function startTestApi(config: AppConfig): Promise<TestApi> {
  const app = await createHttpApp(config);
  await app.listen(0, '127.0.0.1');
  const baseUrl = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  return {
    app,
    config,
    baseUrl,
    async call<T>(method: string, path: string, options: { body?: unknown; headers?: Record<string, string> } = {}) {
      const response = await fetch(`${baseUrl}/api${path}`, {
        method,
        headers: { ...(options.body !== undefined && { 'content-type': 'application/json' }), ...options.headers },
        ...(options.body !== undefined && { body: JSON.stringify(options.body) }),
      });
      const text = await response.text();
      return { status: response.status, body: (text ? JSON.parse(text) : null) as T };
    },
    close: () => app.close(),
  };
}
