import type { Routes } from '@angular/router';
import { SearchPage } from './search-page';

// The component is in this (already lazy) chunk rather than behind a second loadComponent:
// the landing page saves a round trip before its first render.
export const searchRoutes: Routes = [{ path: '', title: $localize`:@@search.page-title:Book your stay · Pitchdesk`, component: SearchPage }];
