import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { App } from './app';

@Component({ template: '<h1>stay</h1>' })
class StubPage {}

describe('App shell', () => {
  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideRouter([{ path: '**', component: StubPage }])],
    });
  });

  it('links every language to the same page, query included, and marks the current one', async () => {
    const fixture = TestBed.createComponent(App);
    await TestBed.inject(Router).navigateByUrl('/stay/pitch-standard?arrival=2027-07-03&adults=2');
    await fixture.whenStable();
    const links = [...(fixture.nativeElement as HTMLElement).querySelectorAll<HTMLAnchorElement>('be-language-switch a')];

    expect(links.map((link) => link.getAttribute('href'))).toEqual(
      ['it', 'en', 'de', 'nl'].map((locale) => `/${locale}/stay/pitch-standard?arrival=2027-07-03&adults=2`),
    );
    // Tests run in the source locale (en).
    expect(links.filter((link) => link.getAttribute('aria-current') === 'true').map((link) => link.lang)).toEqual(['en']);
  });

  it('offers a skip link first that moves focus to the main content without leaving the page', async () => {
    const fixture = TestBed.createComponent(App);
    document.body.appendChild(fixture.nativeElement as HTMLElement);
    await fixture.whenStable();
    const host = fixture.nativeElement as HTMLElement;
    const skip = host.querySelector('a');
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    skip?.dispatchEvent(click);

    expect(skip?.getAttribute('href')).toBe('#main');
    expect(click.defaultPrevented).toBe(true);
    expect(document.activeElement).toBe(host.querySelector('main'));
    (fixture.nativeElement as HTMLElement).remove();
  });
});
