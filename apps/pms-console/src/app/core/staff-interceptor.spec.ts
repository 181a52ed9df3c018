import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { STAFF_CSRF_HEADER } from '@pitchdesk/contracts';
import type { StaffSession as StaffSessionBody } from '@pitchdesk/contracts';
import { provideStaticRuntimeConfig } from '@pitchdesk/shared/data-access-runtime-config';
import { firstValueFrom } from 'rxjs';
import { staffInterceptor } from './staff-interceptor';
import { CSRF_HEADER, StaffSession } from './staff-session';

const SESSION_URL = '/api/staff/session';
const PLANNING_URL = '/api/staff/properties/lago-verde/planning';
const MOVE_URL = '/api/staff/properties/lago-verde/reservations/r1/move';

function sessionBody(csrfToken: string): StaffSessionBody {
  return {
    staff: { id: 's1', name: 'Renzo Reception', email: 'reception@example.org', role: 'reception' },
    csrfToken,
    expiresAt: '2027-07-01T20:00:00.000Z',
  };
}

describe('staffInterceptor', () => {
  let http: HttpTestingController;
  let client: HttpClient;
  let session: StaffSession;
  let router: Router;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([staffInterceptor])),
        provideHttpClientTesting(),
        provideRouter([]),
        provideStaticRuntimeConfig({ apiBaseUrl: '/api', hubUrl: '/.well-known/mercure', propertySlug: 'lago-verde' }),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    client = TestBed.inject(HttpClient);
    session = TestBed.inject(StaffSession);
    router = TestBed.inject(Router);
    const signIn = session.signIn({ email: 'reception@example.org', password: 'secret' });
    http.expectOne(SESSION_URL).flush(sessionBody('token-1'));
    await signIn;
  });

  afterEach(() => {
    http.verify();
  });

  it('uses the header name of the contracts', () => {
    expect(CSRF_HEADER).toBe(STAFF_CSRF_HEADER);
  });

  it('adds the CSRF token to writes and leaves reads without it', async () => {
    const read = firstValueFrom(client.get(PLANNING_URL));
    const readRequest = http.expectOne(PLANNING_URL);
    expect(readRequest.request.headers.has(CSRF_HEADER)).toBe(false);
    readRequest.flush({});
    await read;

    const write = firstValueFrom(client.post(MOVE_URL, { reprice: true }));
    const writeRequest = http.expectOne(MOVE_URL);
    expect(writeRequest.request.headers.get(CSRF_HEADER)).toBe('token-1');
    writeRequest.flush({});
    await write;
  });

  it('leaves requests outside the staff API alone', async () => {
    const write = firstValueFrom(client.post('/api/properties/lago-verde/holds', {}));
    const request = http.expectOne('/api/properties/lago-verde/holds');
    expect(request.request.headers.has(CSRF_HEADER)).toBe(false);
    request.flush({});
    await write;
  });

  it('on a 401 forgets the session and sends the user to sign-in, saying to sign in again', async () => {
    const navigate = vi.spyOn(router, 'navigate').mockResolvedValue(true);
    const read = firstValueFrom(client.get(PLANNING_URL));
    http
      .expectOne(PLANNING_URL)
      .flush({ code: 'SESSION_UNAVAILABLE', message: 'Please sign in again' }, { status: 401, statusText: 'Unauthorized' });

    await expect(read).rejects.toMatchObject({ status: 401 });
    expect(session.signedIn()).toBe(false);
    expect(navigate).toHaveBeenCalledWith(['/sign-in'], { queryParams: { reason: 'again', next: '/' } });
  });

  it('does not redirect on a 401 from the session route itself (a wrong password is an answer)', async () => {
    const navigate = vi.spyOn(router, 'navigate');
    const signIn = session.signIn({ email: 'reception@example.org', password: 'wrong' });
    http.expectOne(SESSION_URL).flush({ code: 'INVALID_CREDENTIALS', message: 'no' }, { status: 401, statusText: 'Unauthorized' });

    await expect(signIn).rejects.toMatchObject({ status: 401 });
    expect(navigate).not.toHaveBeenCalled();
  });

  it('on CSRF_REJECTED refetches the session token once and retries the write with it', async () => {
    const write = firstValueFrom(client.post(MOVE_URL, { reprice: true }));
    http.expectOne(MOVE_URL).flush({ code: 'CSRF_REJECTED', message: 'stale' }, { status: 403, statusText: 'Forbidden' });
    const refetch = http.expectOne(SESSION_URL);
    expect(refetch.request.method).toBe('GET');
    refetch.flush(sessionBody('token-2'));

    const retry = http.expectOne(MOVE_URL);
    expect(retry.request.headers.get(CSRF_HEADER)).toBe('token-2');
    retry.flush({ moved: true });
    await expect(write).resolves.toEqual({ moved: true });
    expect(session.csrfToken()).toBe('token-2');
  });

  it('gives up after one retry when the token is refused again', async () => {
    const write = firstValueFrom(client.post(MOVE_URL, { reprice: true }));
    http.expectOne(MOVE_URL).flush({ code: 'CSRF_REJECTED', message: 'stale' }, { status: 403, statusText: 'Forbidden' });
    http.expectOne(SESSION_URL).flush(sessionBody('token-2'));
    http.expectOne(MOVE_URL).flush({ code: 'CSRF_REJECTED', message: 'stale' }, { status: 403, statusText: 'Forbidden' });

    await expect(write).rejects.toMatchObject({ status: 403 });
    http.expectNone(SESSION_URL);
  });
});
