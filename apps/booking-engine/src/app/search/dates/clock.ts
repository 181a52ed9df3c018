import { InjectionToken } from '@angular/core';

/** The current instant, as a token: "today" decides which days are offered, and tests fix it. */
export const CLOCK = new InjectionToken<() => Date>('search clock', { factory: () => () => new Date() });
