import { provideHttpClient, withInterceptors } from '@angular/common/http';
import type { TestRequest } from '@angular/common/http/testing';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import type { ComponentFixture } from '@angular/core/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { provideStaticRuntimeConfig } from '@pitchdesk/shared/data-access-runtime-config';
import { App } from './app';
import { routes } from './app.routes';
import { LiveAvailability } from '@pitchdesk/shared/data-access-api';
import { LiveStaffEvents } from './core/live-staff-events';
import { staffInterceptor } from './core/staff-interceptor';

const SESSION = '/api/staff/session';

async function settle(fixture: ComponentFixture<unknown>): Promise<void> {
  for (let i = 0; i < 5; i++) {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  }
}

/** The request a navigation makes (guards and lazy routes run over several macrotasks). */
async function nextRequest(http: HttpTestingController, url: string): Promise<TestRequest> {
  for (let i = 0; i < 50; i++) {
    const [request] = http.match((req) => req.url === url);
    if (request) {
      return request;
    }
    await new Promise((resolve) => setTimeout(resolve));
  }
  throw new Error(`no request to ${url}`);
}

describe('App', () => {
  let fixture: ComponentFixture<App>;
  let host: HTMLElement;
  let http: HttpTestingController;
  let router: Router;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([staffInterceptor])),
        provideHttpClientTesting(),
        provideRouter(routes),
        provideStaticRuntimeConfig({ apiBaseUrl: '/api', hubUrl: '/.well-known/mercure', propertySlug: 'lago-verde' }),
        { provide: LiveAvailability, useValue: { connected: signal(false), watch: () => () => undefined } },
        { provide: LiveStaffEvents, useValue: { connected: signal(false), watch: () => () => undefined } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    router = TestBed.inject(Router);
    fixture = TestBed.createComponent(App);
    host = fixture.nativeElement as HTMLElement;
  });

  it('sends a visitor without a session to sign-in', async () => {
    const navigation = router.navigateByUrl('/');
    (await nextRequest(http, SESSION)).flush({ code: 'SIGN_IN_REQUIRED', message: 'sign in' }, { status: 401, statusText: 'Unauthorized' });
    await navigation;
    await settle(fixture);

    expect(router.url).toBe('/sign-in');
    expect(host.querySelector('h1')?.textContent).toBe('Pitchdesk console');
    expect(host.querySelector('main pc-sign-in-page')).not.toBeNull();
    expect(host.querySelector('.sign-out')).toBeNull();
  });

  it('restores the session, shows who is signed in with their role, and signs out', async () => {
    const navigation = router.navigateByUrl('/');
    (await nextRequest(http, SESSION)).flush({
      staff: { id: 's1', name: 'Renzo Reception', email: 'reception@example.org', role: 'reception' },
      csrfToken: 't'.repeat(43),
      expiresAt: '2027-07-01T20:00:00.000Z',
    });
    await navigation;
    (await nextRequest(http, '/api/staff/properties/lago-verde/planning')).flush({ propertyId: 'p', from: '2027-07-01', to: '2027-07-02', days: 1, units: [], bars: [] });
    await settle(fixture);

    expect(host.querySelector('main pc-planning-page')).not.toBeNull();
    expect(host.querySelector('.who')?.textContent).toContain('Renzo Reception');
    expect(host.querySelector('.role')?.textContent).toBe('Reception');

    host.querySelector<HTMLButtonElement>('.sign-out')?.click();
    const signOut = http.expectOne(SESSION);
    expect(signOut.request.method).toBe('DELETE');
    expect(signOut.request.headers.get('x-csrf-token')).toBe('t'.repeat(43));
    signOut.flush(null, { status: 204, statusText: 'No Content' });
    await settle(fixture);

    expect(router.url).toBe('/sign-in');
    expect(host.querySelector('.sign-out')).toBeNull();
  });

  it('serves the system status at /status without a session', async () => {
    await router.navigateByUrl('/status');
    const health = await nextRequest(http, '/api/health');
    fixture.detectChanges();

    expect(host.querySelector('main pc-health-table')).not.toBeNull();
    health.error(new ProgressEvent('error'));
  });
});
