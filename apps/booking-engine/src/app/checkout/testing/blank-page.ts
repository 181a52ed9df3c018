import { ChangeDetectionStrategy, Component } from '@angular/core';

/** Stands in for the pages other features own (search, map) in routing specs. */
@Component({
  selector: 'be-blank-page',
  template: '',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BlankPage {}
