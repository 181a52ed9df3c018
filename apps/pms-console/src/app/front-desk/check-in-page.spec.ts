import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import type { ComponentFixture } from '@angular/core/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideStaticRuntimeConfig } from '@pitchdesk/shared/data-access-runtime-config';
import { CheckInPage } from './check-in-page';
import { BASE, registration, STAY_ID } from './front-desk-fixtures';

const STAY = `${BASE}/reservations/${STAY_ID}`;

async function settle(fixture: ComponentFixture<unknown>): Promise<void> {
  for (let round = 0; round < 3; round += 1) {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  }
}

describe('CheckInPage', () => {
  let fixture: ComponentFixture<CheckInPage>;
  let host: HTMLElement;
  let http: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        provideStaticRuntimeConfig({ apiBaseUrl: '/api', hubUrl: '/.well-known/mercure', propertySlug: 'lago-verde' }),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(CheckInPage);
    fixture.componentRef.setInput('id', STAY_ID);
    host = fixture.nativeElement as HTMLElement;
    document.body.appendChild(host);
    await settle(fixture);
    http.expectOne(`${STAY}/registration`).flush(registration());
    await settle(fixture);
  });

  afterEach(() => {
    host.remove();
    http.verify();
  });

  const field = <T extends HTMLElement>(id: string): T => {
    const found = host.querySelector<T>(`#${id}`);
    if (!found) {
      throw new Error(`no field #${id}`);
    }
    return found;
  };
  const type = (id: string, value: string): void => {
    const element = field<HTMLInputElement>(id);
    element.value = value;
    element.dispatchEvent(new Event(element.tagName === 'SELECT' ? 'change' : 'input'));
  };
  const button = (text: string): HTMLButtonElement => {
    const found = [...host.querySelectorAll('button')].find((candidate) => candidate.textContent?.trim() === text);
    if (!found) {
      throw new Error(`no button ${text}`);
    }
    return found;
  };
  const labelOf = (id: string): string | undefined => host.querySelector(`label[for="${id}"]`)?.textContent?.trim();

  it('shows a form per guest: the head with a document, the member without, every field labelled', () => {
    expect([...host.querySelectorAll('form > fieldset > legend')].map((legend) => legend.textContent?.trim())).toEqual([
      'The guests travel as',
      'Guest 1 (head of family)',
      'Guest 2',
    ]);
    expect(labelOf('guest-0-documentNumber')).toBe('Document number');
    expect(host.querySelector('#guest-1-documentNumber')).toBeNull();
    for (const input of host.querySelectorAll('input:not([type="radio"]), select')) {
      expect(labelOf(input.id)).toBeTruthy();
    }
  });

  it('asks for comune and province once Italy is the country of birth', async () => {
    expect(host.querySelector('#guest-0-birthComune')).toBeNull();
    type('guest-0-birthCountry', 'IT');
    await settle(fixture);
    expect(labelOf('guest-0-birthComune')).toBe('Comune of birth');
    expect(labelOf('guest-0-birthProvince')).toBe('Province of birth');
  });

  it('saves a draft as typed and shows the API field errors under their fields', async () => {
    type('guest-0-surname', 'Rossi');
    type('guest-0-sex', 'F');
    button('Save draft').click();
    await settle(fixture);
    const save = http.expectOne(`${STAY}/registration`);
    expect(save.request.method).toBe('PUT');
    expect(save.request.body).toEqual({ groupKind: 'family', guests: [expect.objectContaining({ surname: 'Rossi', sex: 'F', givenName: null })] });
    save.flush(
      { statusCode: 400, code: 'VALIDATION_FAILED', message: 'Invalid', fields: { 'body.guests.0.surname': 'at most 50 characters' } },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle(fixture);
    const surname = field('guest-0-surname');
    expect(surname.getAttribute('aria-invalid')).toBe('true');
    expect(field(surname.getAttribute('aria-describedby') ?? '').textContent).toBe('at most 50 characters');
    expect(host.querySelector('[role="alert"]')?.textContent).toContain('Some fields need fixing. Nothing was saved.');
    // The typed value stays.
    expect((surname as HTMLInputElement).value).toBe('Rossi');
  });

  it('checks in after saving; a refusal marks what is missing per guest', async () => {
    type('guest-1-surname', 'Bianchi');
    button('Check in').click();
    await settle(fixture);
    http.expectOne(`${STAY}/registration`).flush(registration({ guests: [] }));
    await settle(fixture);
    http.expectOne(`${STAY}/check-in`).flush(
      { statusCode: 422, code: 'REGISTRATION_INCOMPLETE', message: 'incomplete', details: { gaps: [{ guest: 1, fields: ['sex'] }] } },
      { status: 422, statusText: 'Unprocessable' },
    );
    await settle(fixture);
    expect(field('guest-1-sex').getAttribute('aria-invalid')).toBe('true');
    expect(field('guest-1-sex-error').textContent).toBe('Needed for check-in.');
    expect(host.querySelector('[role="alert"]')?.textContent).toContain('Registration is incomplete');
  });

  it('copies surname and citizenship from the head to a member', async () => {
    type('guest-0-surname', 'Rossi');
    type('guest-0-citizenship', 'IT');
    await settle(fixture);
    button('Copy surname and citizenship from guest 1').click();
    await settle(fixture);
    expect(field<HTMLInputElement>('guest-1-surname').value).toBe('Rossi');
    expect(field<HTMLSelectElement>('guest-1-citizenship').value).toBe('IT');
  });
});
