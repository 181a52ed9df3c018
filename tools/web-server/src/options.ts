import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { ParseArgsConfig } from 'node:util';

/** What the app reads from `/config.json` (see libs/shared/data-access-runtime-config). */
export interface RuntimeConfig {
  readonly apiBaseUrl: string;
  readonly hubUrl: string;
  readonly propertySlug: string;
}

export interface WebServerOptions {
  /** Absolute path of the browser build (`dist/apps/booking-engine/browser`). */
  readonly distDir: string;
  readonly host: string;
  /** 0 picks a free port. */
  readonly port: number;
  /** Origin that `/api/*` is proxied to. */
  readonly apiUpstream: string;
  /** Origin of the Mercure hub; `/.well-known/mercure*` is proxied to it (the path is fixed by the spec). */
  readonly hubUpstream: string;
  readonly runtimeConfig: RuntimeConfig;
  /** Where `/` goes when no `Accept-Language` preference is available. */
  readonly defaultLocale: string;
}

export class OptionsError extends Error {
  override readonly name = 'OptionsError';
}

export const USAGE = `usage: node tools/web-server/src/cli.ts --dist <browser build> [options]
  --dist <dir>           browser build, e.g. dist/apps/booking-engine/browser   (PD_WEB_DIST)
  --host <host>          default 127.0.0.1                                      (PD_WEB_HOST)
  --port <n>             default 28101; 0 = any free port                       (PD_WEB_PORT)
  --api <origin>         /api/* goes there; default http://127.0.0.1:$PD_HTTP_PORT (28100)  (PD_WEB_API)
  --hub <origin>         /.well-known/mercure goes there; default the origin of $PD_HUB_URL (28110)  (PD_WEB_HUB)
  --property <slug>      propertySlug in /config.json; default lago-verde        (PD_WEB_PROPERTY)
  --api-base-url <url>   apiBaseUrl in /config.json; default /api               (PD_WEB_API_BASE_URL)
  --hub-url <url>        hubUrl in /config.json; default /.well-known/mercure   (PD_WEB_HUB_URL)
  --default-locale <l>   where / goes without a usable Accept-Language; default en  (PD_WEB_DEFAULT_LOCALE)`;

function origin(name: string, value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new OptionsError(`${name} must be an http(s) URL, got "${value}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new OptionsError(`${name} must be an http(s) URL, got "${value}"`);
  }
  return url.origin;
}

function port(value: string): number {
  const parsed = Number(value);
  if (!/^\d+$/.test(value) || parsed > 65_535) {
    throw new OptionsError(`--port must be 0-65535, got "${value}"`);
  }
  return parsed;
}

const FLAG_NAMES = ['dist', 'host', 'port', 'api', 'hub', 'property', 'api-base-url', 'hub-url', 'default-locale'] as const;

/** The server's flags, for `parseArgs`; other commands (the Lighthouse run) add their own to these. */
export const SERVER_FLAGS = Object.fromEntries(FLAG_NAMES.map((name) => [name, { type: 'string' as const }]));

export type FlagValues = Readonly<Record<string, string | boolean | (string | boolean)[] | undefined>>;

/** Runs `parseArgs`, turning its errors (unknown flag, missing value) into an OptionsError. */
export function parseFlags<T extends ParseArgsConfig>(config: T): ReturnType<typeof parseArgs<T>>['values'] {
  try {
    return parseArgs(config).values;
  } catch (error) {
    throw new OptionsError(error instanceof Error ? error.message : String(error));
  }
}

export function parseOptions(argv: readonly string[], env: NodeJS.ProcessEnv, cwd = process.cwd()): WebServerOptions {
  const values = parseFlags({ args: [...argv], strict: true, allowPositionals: false, options: SERVER_FLAGS });
  return optionsFromFlags(values, env, cwd);
}

/** Flags win over environment variables, which win over the local stack's defaults. */
export function optionsFromFlags(values: FlagValues, env: NodeJS.ProcessEnv, cwd = process.cwd()): WebServerOptions {
  const pick = (flag: string, variable: string, fallback: string): string => {
    const value = values[flag];
    return typeof value === 'string' ? value : (env[variable] ?? fallback);
  };

  const dist = pick('dist', 'PD_WEB_DIST', '');
  if (dist === '') {
    throw new OptionsError('--dist is required (the browser build to serve, e.g. dist/apps/booking-engine/browser)');
  }
  // PD_HUB_URL is the hub's full endpoint in the local stack's env file; only its origin matters here.
  const hubDefault = env['PD_HUB_URL'] ?? `http://127.0.0.1:${env['PD_HUB_PORT'] ?? '28110'}`;
  return {
    distDir: resolve(cwd, dist),
    host: pick('host', 'PD_WEB_HOST', '127.0.0.1'),
    port: port(pick('port', 'PD_WEB_PORT', '28101')),
    apiUpstream: origin('--api', pick('api', 'PD_WEB_API', `http://127.0.0.1:${env['PD_HTTP_PORT'] ?? '28100'}`)),
    hubUpstream: origin('--hub', pick('hub', 'PD_WEB_HUB', hubDefault)),
    runtimeConfig: {
      apiBaseUrl: pick('api-base-url', 'PD_WEB_API_BASE_URL', '/api'),
      hubUrl: pick('hub-url', 'PD_WEB_HUB_URL', '/.well-known/mercure'),
      propertySlug: pick('property', 'PD_WEB_PROPERTY', 'lago-verde'),
    },
    defaultLocale: pick('default-locale', 'PD_WEB_DEFAULT_LOCALE', 'en'),
  };
}
