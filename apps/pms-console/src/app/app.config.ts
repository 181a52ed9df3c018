import { provideHttpClient, withFetch, withInterceptors } from '@angular/common/http';
import type { ApplicationConfig } from '@angular/core';
import { provideBrowserGlobalErrorListeners } from '@angular/core';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { provideRuntimeConfig } from '@pitchdesk/shared/data-access-runtime-config';
import { routes } from './app.routes';
import { staffInterceptor } from './core/staff-interceptor';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideHttpClient(withFetch(), withInterceptors([staffInterceptor])),
    provideRuntimeConfig(),
    provideRouter(routes, withComponentInputBinding()),
  ],
};
