import type { Routes } from '@angular/router';
import { signedInGuard } from './core/session-guard';

/** Sign-in is public; every other page needs a staff session (the guard restores it). */
export const routes: Routes = [
  {
    path: 'sign-in',
    title: $localize`:@@shell.sign-in-title:Sign in · Pitchdesk console`,
    loadComponent: () => import('./sign-in/sign-in-page').then((m) => m.SignInPage),
  },
  {
    path: 'status',
    title: $localize`:@@shell.status-title:System status · Pitchdesk console`,
    loadComponent: () => import('./status/health-table/health-table').then((m) => m.HealthTable),
  },
  {
    path: '',
    pathMatch: 'full',
    canMatch: [signedInGuard],
    title: $localize`:@@shell.planning-title:Planning · Pitchdesk console`,
    loadComponent: () => import('./planning/planning-page').then((m) => m.PlanningPage),
  },
  { path: '**', redirectTo: '' },
];
