import { expect, test } from '@playwright/test';
import type { Party, Stay } from './support/booking-api';
import { pickFreeUnit } from './support/booking-api';
import { ChooseUnitPage, stayPath } from './support/pages';
import { checkStep } from './support/step-check';
import { TEXTS } from './support/texts';

const REDIRECTS = [
  { acceptLanguage: 'it-IT,it;q=0.9,en;q=0.8', browserLocale: 'it-IT', locale: 'it', title: 'Trova il tuo posto in campeggio' },
  { acceptLanguage: 'de-CH,de;q=0.9', browserLocale: 'de-CH', locale: 'de', title: 'Finden Sie Ihren Platz auf dem Campingplatz' },
  { acceptLanguage: 'fr-FR,es;q=0.8,nl;q=0.5', browserLocale: 'nl-BE', locale: 'nl', title: 'Vind uw plek op de camping' },
  // No language the site has: English.
  { acceptLanguage: 'fr-FR,fr;q=0.9', browserLocale: 'fr-FR', locale: 'en', title: 'Find your place at the campsite' },
] as const;

test('/ sends each visitor to the first language of their Accept-Language the site has, else English', async ({ browser, request }) => {
  test.setTimeout(60_000);
  for (const { acceptLanguage, browserLocale, locale, title } of REDIRECTS) {
    // The redirect itself: temporary and varying by language, so no cache hands it to everyone.
    const redirect = await request.get('/', { headers: { 'accept-language': acceptLanguage }, maxRedirects: 0 });
    expect(redirect.status(), acceptLanguage).toBe(302);
    expect(redirect.headers()['location'], acceptLanguage).toBe(`/${locale}/`);
    expect(redirect.headers()['vary'] ?? '', acceptLanguage).toMatch(/accept-language/i);

    // And in a browser set to a language (it sends Accept-Language from its locale).
    const context = await browser.newContext({ locale: browserLocale });
    try {
      const page = await context.newPage();
      await page.goto('/');
      await expect(page).toHaveURL(new RegExp(`/${locale}/$`));
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.getByRole('heading', { level: 1, name: title, exact: true })).toBeVisible();
      await expect(page.getByRole('navigation').locator('a[aria-current="true"]')).toHaveAttribute('hreflang', locale);
      await checkStep(page, 'landing', `redirect-${locale}`);
    } finally {
      await context.close();
    }
  }
});

test('the language switch keeps the page, its query and the choice made on it', async ({ page, request }) => {
  const stay: Stay = { arrival: '2027-04-26', departure: '2027-04-29' };
  const party: Party = { adults: 2, childrenAges: [6], pets: 0, vehicles: 1 };
  const unit = await pickFreeUnit(request, stay, party, 'pitch-lake');
  const path = stayPath('en', 'pitch-lake', stay, party, unit.code);

  await page.goto(path);
  const english = new ChooseUnitPage(page, TEXTS.en);
  await expect(page.getByRole('heading', { level: 1, name: TEXTS.en.chooseUnitTitle('Lakeside pitch') })).toBeVisible();
  await english.expectChosen(unit.code);
  await checkStep(page, 'landing', 'switch-en');

  await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Italiano', exact: true }).click();
  await expect(page).toHaveURL((url) => url.pathname === '/it/stay/pitch-lake');
  const before = new URL(path, 'http://any').searchParams;
  const after = new URL(page.url()).searchParams;
  expect([...after.entries()].sort()).toEqual([...before.entries()].sort());
  await expect(page.locator('html')).toHaveAttribute('lang', 'it');
  await expect(page.getByRole('heading', { level: 1, name: TEXTS.it.chooseUnitTitle('Piazzola vista lago') })).toBeVisible();
  const italian = new ChooseUnitPage(page, TEXTS.it);
  await expect(italian.live).toBeVisible();
  await italian.expectChosen(unit.code);
  await expect(page.getByRole('navigation', { name: 'Lingua' }).getByRole('link', { name: 'Italiano', exact: true })).toHaveAttribute('aria-current', 'true');
  await checkStep(page, 'landing', 'switch-it');
});
