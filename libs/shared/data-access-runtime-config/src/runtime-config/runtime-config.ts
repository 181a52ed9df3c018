import { HttpClient } from '@angular/common/http';
import type { EnvironmentProviders } from '@angular/core';
import { inject, makeEnvironmentProviders, provideAppInitializer, Service } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import type { RuntimeConfigValues } from './runtime-config-values';
import { joinApiUrl, parseRuntimeConfig } from './runtime-config-values';

export const RUNTIME_CONFIG_URL = '/config.json';

/** The stage's runtime configuration, loaded once before the app renders. */
@Service()
export class RuntimeConfig {
  private readonly http = inject(HttpClient);
  private values: RuntimeConfigValues | undefined;

  /** Fetches and validates `/config.json`; a bad file fails bootstrap loudly. */
  async load(url: string = RUNTIME_CONFIG_URL): Promise<void> {
    const raw = await firstValueFrom(this.http.get<unknown>(url));
    try {
      this.values = parseRuntimeConfig(raw);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new Error(`Invalid runtime configuration at ${url}: ${reason}`);
    }
  }

  /** For tests and for hosts that already know their configuration. */
  use(values: RuntimeConfigValues): void {
    this.values = parseRuntimeConfig(values);
  }

  get current(): RuntimeConfigValues {
    if (!this.values) {
      // Only reachable if a consumer runs before the app initializer resolved.
      throw new Error('Runtime configuration read before it was loaded');
    }
    return this.values;
  }

  apiUrl(path: string): string {
    return joinApiUrl(this.current.apiBaseUrl, path);
  }
}

/** Loads `/config.json` through HttpClient before the first render. Needs `provideHttpClient()`. */
export function provideRuntimeConfig(url: string = RUNTIME_CONFIG_URL): EnvironmentProviders {
  return makeEnvironmentProviders([provideAppInitializer(() => inject(RuntimeConfig).load(url))]);
}

/** Supplies known values instead of fetching them (unit tests, previews). */
export function provideStaticRuntimeConfig(values: RuntimeConfigValues): EnvironmentProviders {
  return makeEnvironmentProviders([provideAppInitializer(() => inject(RuntimeConfig).use(values))]);
}
