import type { Routes } from '@angular/router';

export const searchRoutes: Routes = [{ path: '', loadComponent: () => import('./search-page').then((m) => m.SearchPage) }];
