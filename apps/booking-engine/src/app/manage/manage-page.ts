import { ChangeDetectionStrategy, Component } from '@angular/core';

/** Placeholder until the page lands. */
@Component({
  selector: 'be-manage-page',
  template: `<h1 i18n="@@manage.placeholder-title">Coming soon</h1>`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ManagePage {}
