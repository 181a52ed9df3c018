import { ChangeDetectionStrategy, Component, input, linkedSignal, model } from '@angular/core';
import type { Shade } from '@pitchdesk/domain';
import type { SearchDraft } from '../query/search-draft';
import { hasFilters, SHADES } from '../query/search-draft';

export interface UnitTypeOption {
  readonly code: string;
  readonly name: string;
}

type Flag = 'electricity' | 'petsAllowed' | 'accessible';

/**
 * Narrowing the search. Collapsed by default (a short form on a phone, no layout shift
 * when the unit types arrive); open when the URL already filters.
 */
@Component({
  selector: 'be-filter-fields',
  templateUrl: './filter-fields.html',
  styleUrl: './search-fields.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FilterFields {
  readonly draft = model.required<SearchDraft>();
  readonly unitTypes = input<readonly UnitTypeOption[]>([]);

  protected readonly shades = SHADES;
  /**
   * Open once any filter is set, and then left to the guest: clearing the last filter
   * must not snap the section shut under their finger.
   */
  protected readonly open = linkedSignal<boolean, boolean>({
    source: () => hasFilters(this.draft()),
    computation: (filtered, previous) => filtered || (previous?.value ?? false),
  });

  protected toggleType(code: string, event: Event): void {
    const checked = (event.target as HTMLInputElement).checked;
    this.draft.update((draft) => ({ ...draft, types: checked ? [...draft.types, code] : draft.types.filter((type) => type !== code) }));
  }

  protected toggleShade(shade: Shade, event: Event): void {
    const checked = (event.target as HTMLInputElement).checked;
    // Kept in a fixed order so the URL is the same whatever the order of the clicks.
    this.draft.update((draft) => ({ ...draft, shade: SHADES.filter((each) => (each === shade ? checked : draft.shade.includes(each))) }));
  }

  protected toggleFlag(flag: Flag, event: Event): void {
    const checked = (event.target as HTMLInputElement).checked;
    this.draft.update((draft) => ({ ...draft, [flag]: checked }));
  }
}
