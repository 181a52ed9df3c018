import { ChangeDetectionStrategy, Component } from '@angular/core';

/** Placeholder until the page lands. */
@Component({
  selector: 'be-search-page',
  template: `<h1 i18n="@@search.placeholder-title">Coming soon</h1>`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SearchPage {}
