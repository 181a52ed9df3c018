import { provideHttpClient, withFetch, withInterceptors } from '@angular/common/http';
import type { ApplicationConfig } from '@angular/core';
import { inject, provideBrowserGlobalErrorListeners } from '@angular/core';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { HUB_URL } from '@pitchdesk/shared/data-access-api';
import { provideRuntimeConfig, RuntimeConfig } from '@pitchdesk/shared/data-access-runtime-config';
import { routes } from './app.routes';
import { staffInterceptor } from './core/staff-interceptor';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideHttpClient(withFetch(), withInterceptors([staffInterceptor])),
    provideRuntimeConfig(),
    // Read when a stream opens, after /config.json has loaded.
    {
      provide: HUB_URL,
      useFactory: () => {
        const config = inject(RuntimeConfig);
        return () => config.current.hubUrl;
      },
    },
    provideRouter(routes, withComponentInputBinding()),
  ],
};
