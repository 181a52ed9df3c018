import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router } from '@angular/router';
import { filter, map } from 'rxjs';
import { GUEST_LOCALES, injectGuestLocale, LOCALE_NAMES } from '../core/guest-locale';

/**
 * Links to the same page in the other languages. Each language is its own build under
 * /{locale}/, so switching is a page load: the page's state is in its URL (and, during
 * checkout, in session storage), so the guest lands on the same step with the same input.
 */
@Component({
  selector: 'be-language-switch',
  template: `
    <nav aria-label="Language" i18n-aria-label="@@shell.language-nav">
      <ul class="languages">
        @for (option of options(); track option.locale) {
          <li>
            <a
              [href]="option.href"
              [attr.lang]="option.locale"
              [attr.hreflang]="option.locale"
              [attr.aria-current]="option.current ? 'true' : null"
              >{{ option.name }}</a
            >
          </li>
        }
      </ul>
    </nav>
  `,
  styles: `
    .languages {
      display: flex;
      gap: 0.25rem;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    a {
      display: inline-block;
      min-height: 2.75rem;
      padding: 0.625rem 0.5rem;
      color: inherit;
      font-size: 0.875rem;
    }
    a[aria-current='true'] {
      font-weight: 700;
      text-decoration: none;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LanguageSwitch {
  private readonly router = inject(Router);
  private readonly locale = injectGuestLocale();
  private readonly url = toSignal(
    this.router.events.pipe(
      filter((event) => event instanceof NavigationEnd),
      map(() => this.router.url),
    ),
    { initialValue: this.router.url },
  );

  protected readonly options = computed(() => {
    // The router's URL is relative to this build's base (/{locale}/); keep path, query and fragment.
    const path = this.url().replace(/^\//, '');
    return GUEST_LOCALES.map((locale) => ({
      locale,
      name: LOCALE_NAMES[locale],
      href: `/${locale}/${path}`,
      current: locale === this.locale,
    }));
  });
}
