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
  {
    path: 'reservations',
    pathMatch: 'full',
    canMatch: [signedInGuard],
    title: $localize`:@@reservations.list-page-title:Reservations · Pitchdesk console`,
    loadComponent: () => import('./reservations/reservation-list-page').then((m) => m.ReservationListPage),
  },
  {
    path: 'reservations/new',
    pathMatch: 'full',
    canMatch: [signedInGuard],
    title: $localize`:@@reservations.new-page-title:New booking · Pitchdesk console`,
    loadComponent: () => import('./reservations/new-booking-page').then((m) => m.NewBookingPage),
  },
  {
    path: 'reservations/:id',
    pathMatch: 'full',
    canMatch: [signedInGuard],
    title: $localize`:@@reservations.detail-page-title:Reservation · Pitchdesk console`,
    loadComponent: () => import('./reservations/reservation-detail-page').then((m) => m.ReservationDetailPage),
  },
  {
    path: 'front-desk',
    pathMatch: 'full',
    canMatch: [signedInGuard],
    title: $localize`:@@front-desk.page-title:Front desk · Pitchdesk console`,
    loadComponent: () => import('./front-desk/front-desk-page').then((m) => m.FrontDeskPage),
  },
  {
    path: 'reservations/:id/check-in',
    pathMatch: 'full',
    canMatch: [signedInGuard],
    title: $localize`:@@front-desk.check-in-page-title:Check-in · Pitchdesk console`,
    loadComponent: () => import('./front-desk/check-in-page').then((m) => m.CheckInPage),
  },
  {
    path: 'reservations/:id/check-out',
    pathMatch: 'full',
    canMatch: [signedInGuard],
    title: $localize`:@@front-desk.check-out-page-title:Folio and check-out · Pitchdesk console`,
    loadComponent: () => import('./front-desk/check-out-page').then((m) => m.CheckOutPage),
  },
  { path: '**', redirectTo: '' },
];
