import type { Routes } from '@angular/router';

/**
 * `checkout/:holdId/{extras,details,review}` inside the shell (countdown, steps), and the
 * confirmation outside it: once booked there is no hold left to count down. Each step is
 * its own chunk: the contract schemas (zod) load with the details and review steps only.
 */
export const checkoutRoutes: Routes = [
  {
    path: 'confirmation',
    loadComponent: () => import('./confirmation/confirmation-page').then((m) => m.ConfirmationPage),
  },
  {
    path: '',
    loadComponent: () => import('./checkout-page').then((m) => m.CheckoutPage),
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'extras' },
      { path: 'extras', loadComponent: () => import('./extras/extras-step').then((m) => m.ExtrasStep) },
      { path: 'details', loadComponent: () => import('./details/details-step').then((m) => m.DetailsStep) },
      { path: 'review', loadComponent: () => import('./review/review-step').then((m) => m.ReviewStep) },
    ],
  },
];
