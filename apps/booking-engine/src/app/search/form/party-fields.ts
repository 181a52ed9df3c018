import { ChangeDetectionStrategy, Component, input, model } from '@angular/core';
import type { FieldErrors } from '../query/field-errors';
import type { SearchDraft } from '../query/search-draft';
import { PARTY_LIMITS } from '../query/search-draft';

const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, index) => from + index);

/** Who is coming: adults, children with one age each (ages price the stay), pets, vehicles. */
@Component({
  selector: 'be-party-fields',
  templateUrl: './party-fields.html',
  styleUrl: './search-fields.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PartyFields {
  readonly draft = model.required<SearchDraft>();
  readonly errors = input<FieldErrors>({});

  protected readonly adultOptions = range(PARTY_LIMITS.adults.min, PARTY_LIMITS.adults.max);
  protected readonly childOptions = range(0, PARTY_LIMITS.children);
  protected readonly ageOptions = range(0, PARTY_LIMITS.childAge);
  protected readonly petOptions = range(0, PARTY_LIMITS.pets);
  protected readonly vehicleOptions = range(0, PARTY_LIMITS.vehicles);

  /**
   * Labels of the age options, built once: an ICU plural per option would be parsed on
   * every render of every child's select. it, en, de and nl all have just "one" and "other".
   */
  protected readonly ageLabels = this.ageOptions.map((age) =>
    age === 0
      ? $localize`:@@search.party.age-under-one:under 1 year`
      : age === 1
        ? $localize`:@@search.party.age-one:1 year`
        : $localize`:@@search.party.age-years:${age}:age: years`,
  );

  protected setCount(field: 'adults' | 'pets' | 'vehicles', event: Event): void {
    const value = Number((event.target as HTMLSelectElement).value);
    this.draft.update((draft) => ({ ...draft, [field]: value }));
  }

  /** Keeps the ages already chosen; new children start without one (the guest must say). */
  protected setChildren(event: Event): void {
    const count = Number((event.target as HTMLSelectElement).value);
    this.draft.update((draft) => ({
      ...draft,
      childrenAges: Array.from({ length: count }, (_, index) => draft.childrenAges[index] ?? null),
    }));
  }

  protected setAge(index: number, event: Event): void {
    const text = (event.target as HTMLSelectElement).value;
    const age = text === '' ? null : Number(text);
    this.draft.update((draft) => ({ ...draft, childrenAges: draft.childrenAges.map((current, at) => (at === index ? age : current)) }));
  }
}
