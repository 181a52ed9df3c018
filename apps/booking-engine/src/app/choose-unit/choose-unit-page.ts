import { ChangeDetectionStrategy, Component } from '@angular/core';

/** Placeholder until the page lands. */
@Component({
  selector: 'be-choose-unit-page',
  template: `<h1 i18n="@@choose-unit.placeholder-title">Coming soon</h1>`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ChooseUnitPage {}
