import type { Routes } from '@angular/router';

export const chooseUnitRoutes: Routes = [{ path: '', loadComponent: () => import('./choose-unit-page').then((m) => m.ChooseUnitPage) }];
