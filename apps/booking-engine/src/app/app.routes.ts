import type { Routes } from '@angular/router';

/**
 * Every page is its own lazy chunk: a guest landing on the search downloads only the
 * search. State lives in the URL (search, unit type) or, during checkout, in session
 * storage keyed by the hold: a reload or a language switch (another build, a full page
 * load) lands on the same step with the guest's input.
 */
export const routes: Routes = [
  { path: '', pathMatch: 'full', loadChildren: () => import('./search/search.routes').then((m) => m.searchRoutes) },
  { path: 'stay/:unitTypeCode', loadChildren: () => import('./choose-unit/choose-unit.routes').then((m) => m.chooseUnitRoutes) },
  { path: 'checkout/:holdId', loadChildren: () => import('./checkout/checkout.routes').then((m) => m.checkoutRoutes) },
  { path: 'manage/:reference', loadChildren: () => import('./manage/manage.routes').then((m) => m.manageRoutes) },
  { path: '**', redirectTo: '' },
];
