import { bootstrapApplication } from '@angular/platform-browser';
import { App } from './app/app';
import { appConfig } from './app/app.config';

bootstrapApplication(App, appConfig).catch((error: unknown) => {
  // Bootstrap fails only when /config.json is missing or invalid: say so instead of a blank page.
  console.error(error);
  document.body.textContent = 'The console could not start: its configuration (/config.json) is missing or invalid.';
});
