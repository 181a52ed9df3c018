// Test support for the checkout and manage specs (imported by *.spec.ts only).
import { provideHttpClient } from '@angular/common/http';
import type { TestRequest } from '@angular/common/http/testing';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import type { EnvironmentProviders, Provider } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { Routes } from '@angular/router';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import type { HoldResponse } from '@pitchdesk/contracts';
import { demoCampsite } from '@pitchdesk/demo-data';
import { RuntimeConfig } from '@pitchdesk/shared/data-access-runtime-config';
import type { PropertyCatalogue, StaySearch } from '../../core/booking-api';
import type { CheckoutState } from '../../core/checkout-session';

const demo = demoCampsite(1, 2027);
export const demoRateCard = demo.rateCard;
export const demoCatalogue: PropertyCatalogue = { property: demo.property, unitTypes: demo.unitTypes, units: demo.units };
export const API = '/api/properties/lago-verde';

export const testRoutes: Routes = [
  { path: '', loadComponent: () => import('./blank-page').then((m) => m.BlankPage) },
  { path: 'stay/:unitTypeCode', loadComponent: () => import('./blank-page').then((m) => m.BlankPage) },
  { path: 'checkout/:holdId', loadChildren: () => import('../checkout.routes').then((m) => m.checkoutRoutes) },
  { path: 'manage/:reference', loadChildren: () => import('../../manage/manage.routes').then((m) => m.manageRoutes) },
];

export function provideCheckoutTesting(...extra: (Provider | EnvironmentProviders)[]): void {
  TestBed.configureTestingModule({
    providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter(testRoutes, withComponentInputBinding()), ...extra],
  });
  TestBed.inject(RuntimeConfig).use({ apiBaseUrl: '/api', hubUrl: '/hub', propertySlug: 'lago-verde' });
}

export function holdFixture(change: Partial<HoldResponse> = {}): HoldResponse {
  const unit = demo.units[1];
  return {
    holdId: '3379367b-31af-4823-95d6-586112b619fb',
    unitId: unit?.id ?? '',
    unitCode: unit?.code ?? 'A02',
    unitTypeCode: 'pitch-standard',
    arrival: '2027-06-12',
    departure: '2027-06-15',
    expiresAt: '2027-03-01T10:10:00.000Z',
    quote: { currency: 'EUR', nights: 3, lines: [], totalMinor: 0 },
    ...change,
  };
}

export const searchFixture: StaySearch = {
  arrival: '2027-06-12',
  departure: '2027-06-15',
  adults: 2,
  childrenAges: [7],
  pets: 1,
  vehicles: 1,
};

export function stateFixture(change: Partial<CheckoutState> = {}): CheckoutState {
  return {
    hold: holdFixture(),
    search: searchFixture,
    extras: [],
    guest: {},
    idempotencyKey: 'key-0f8e4c1a-5b7d-4e8f-9a21-3c6d5e7f8a90',
    ...change,
  };
}

/** What CheckoutSession.start writes: the state under its hold. */
export function storeCheckout(state: CheckoutState): void {
  sessionStorage.setItem(`pitchdesk.checkout.${state.hold.holdId}`, JSON.stringify(state));
}

export function storedCheckout(holdId: string): CheckoutState | null {
  const raw = sessionStorage.getItem(`pitchdesk.checkout.${holdId}`);
  return raw ? (JSON.parse(raw) as CheckoutState) : null;
}

/**
 * Answers what every checkout page asks first: the rate card, the catalogue and the
 * clock probe (the server's Date equal to the browser's: no skew).
 */
export function answerPropertyFacts(http = TestBed.inject(HttpTestingController)): void {
  for (const request of http.match(`${API}/rate-card`)) {
    request.flush(demoRateCard);
  }
  for (const request of http.match(`${API}/catalogue`)) {
    request.flush(demoCatalogue);
  }
  for (const request of http.match('/api/health/live')) {
    request.flush({ status: 'ok' }, { headers: { date: new Date().toUTCString() } });
  }
}

/** Fails the request as a dropped connection does (status 0). */
export function dropConnection(request: TestRequest): void {
  request.error(new ProgressEvent('error'), { status: 0, statusText: 'Unknown Error' });
}

export function apiError(request: TestRequest, status: number, code: string, extra: Record<string, unknown> = {}): void {
  request.flush({ statusCode: status, code, message: code, ...extra }, { status, statusText: code });
}
