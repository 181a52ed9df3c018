import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import type { ComponentFixture } from '@angular/core/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { provideStaticRuntimeConfig } from '@pitchdesk/shared/data-access-runtime-config';
import { staffInterceptor } from '../core/staff-interceptor';
import { StaffSession } from '../core/staff-session';
import { SignInPage } from './sign-in-page';

/** Lets the page's awaited HTTP promise chain finish, then renders. */
async function settle(fixture: ComponentFixture<unknown>): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  await fixture.whenStable();
}

describe('SignInPage', () => {
  let fixture: ComponentFixture<SignInPage>;
  let host: HTMLElement;
  let http: HttpTestingController;

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
    fixture = TestBed.createComponent(SignInPage);
    host = fixture.nativeElement as HTMLElement;
    document.body.appendChild(host);
    await settle(fixture);
  });

  afterEach(() => {
    host.remove();
    http.verify();
  });

  function type(label: string, value: string): void {
    const input = [...host.querySelectorAll('label')].find((l) => l.textContent?.trim() === label)?.control as HTMLInputElement | null;
    if (!input) {
      throw new Error(`no field labelled ${label}`);
    }
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }

  async function submit(): Promise<void> {
    host.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await settle(fixture);
  }

  function summary(): HTMLElement | null {
    return host.querySelector<HTMLElement>('[role="alert"]');
  }

  it('lists empty fields in a focused error summary, linked to the fields, without asking the API', async () => {
    await submit();

    expect(summary()?.textContent).toContain('There is a problem');
    expect([...(summary()?.querySelectorAll('a') ?? [])].map((a) => [a.getAttribute('href'), a.textContent?.trim()])).toEqual([
      ['#sign-in-email', 'Enter your e-mail address.'],
      ['#sign-in-password', 'Enter your password.'],
    ]);
    expect(document.activeElement).toBe(summary());
    expect(host.querySelector('#sign-in-email')?.getAttribute('aria-invalid')).toBe('true');
    expect(host.querySelector('#sign-in-email')?.getAttribute('aria-describedby')).toBe('sign-in-email-error');
    http.expectNone('/api/staff/session');
  });

  it('shows wrong credentials with the attempts left, and stays on the page', async () => {
    const navigate = vi.spyOn(TestBed.inject(Router), 'navigateByUrl');
    type('E-mail address', 'reception@example.org');
    type('Password', 'wrong');
    await submit();

    const request = http.expectOne('/api/staff/session');
    expect(request.request.body).toEqual({ email: 'reception@example.org', password: 'wrong' });
    request.flush(
      { code: 'INVALID_CREDENTIALS', message: 'not right', details: { attemptsLeft: 3 } },
      { status: 401, statusText: 'Unauthorized' },
    );
    await settle(fixture);

    expect(summary()?.textContent).toContain('The e-mail address or the password is not right. 3 attempts left before sign-in is locked.');
    expect(document.activeElement).toBe(summary());
    expect(navigate).not.toHaveBeenCalled();
    expect(TestBed.inject(StaffSession).signedIn()).toBe(false);
  });

  it("shows the API's message when the account is locked", async () => {
    type('E-mail address', 'reception@example.org');
    type('Password', 'wrong');
    await submit();
    http
      .expectOne('/api/staff/session')
      .flush({ code: 'ACCOUNT_LOCKED', message: 'Sign-in is locked for 15 minutes.' }, { status: 429, statusText: 'Too Many Requests' });
    await settle(fixture);

    expect(summary()?.textContent).toContain('Sign-in is locked for 15 minutes.');
  });

  it('signs in and goes back to the page asked for, never to another site', async () => {
    const navigate = vi.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    fixture.componentRef.setInput('next', '//evil.example/');
    type('E-mail address', 'reception@example.org');
    type('Password', 'right');
    await submit();
    http.expectOne('/api/staff/session').flush({
      staff: { id: 's1', name: 'Renzo Reception', email: 'reception@example.org', role: 'reception' },
      csrfToken: 't'.repeat(43),
      expiresAt: '2027-07-01T20:00:00.000Z',
    });
    await settle(fixture);

    expect(navigate).toHaveBeenCalledWith('/');
    expect(TestBed.inject(StaffSession).staff()?.name).toBe('Renzo Reception');
  });

  it('says why the user is here after the session store failed', async () => {
    fixture.componentRef.setInput('reason', 'again');
    await settle(fixture);

    expect(host.querySelector('[role="status"]')?.textContent).toContain('Please sign in again.');
  });
});
