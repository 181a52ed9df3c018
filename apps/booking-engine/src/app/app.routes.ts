import type { Routes } from '@angular/router';
import { searchRoutes } from './search/search.routes';

/**
 * The search, where guests land, is in the main bundle: one request less before the
 * first paint on a phone (Lighthouse's largest paint is its heading). Every other page is
 * its own lazy chunk. State lives in the URL (search, unit type) or, during checkout, in session
 * storage keyed by the hold: a reload or a language switch (another build, a full page
 * load) lands on the same step with the guest's input.
 */
export const routes: Routes = [
  { path: '', pathMatch: 'full', children: searchRoutes },
  { path: 'stay/:unitTypeCode', loadChildren: () => import('./choose-unit/choose-unit.routes').then((m) => m.chooseUnitRoutes) },
  { path: 'checkout/:holdId', loadChildren: () => import('./checkout/checkout.routes').then((m) => m.checkoutRoutes) },
  { path: 'manage/:reference', loadChildren: () => import('./manage/manage.routes').then((m) => m.manageRoutes) },
  { path: '**', redirectTo: '' },
];
