import { inject } from '@angular/core';
import type { CanMatchFn } from '@angular/router';
import { Router } from '@angular/router';
import { StaffSession } from './staff-session';

/** Staff pages need a session: restored from the cookie on the first navigation. */
export const signedInGuard: CanMatchFn = async (_route, segments) => {
  const router = inject(Router);
  if (await inject(StaffSession).restore()) {
    return true;
  }
  const next = `/${segments.map((segment) => segment.path).join('/')}`;
  return router.createUrlTree(['/sign-in'], next === '/' ? {} : { queryParams: { next } });
};
