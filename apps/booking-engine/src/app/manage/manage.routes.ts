import type { Routes } from '@angular/router';

export const manageRoutes: Routes = [{ path: '', loadComponent: () => import('./manage-page').then((m) => m.ManagePage) }];
