import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { Party } from '@pitchdesk/domain';
import { formatCalendarDate } from '../../core/calendar-dates';
import { injectGuestLocale } from '../../core/guest-locale';

/** The stay at a glance: which place, which nights, who is coming. */
@Component({
  selector: 'be-stay-summary',
  template: `
    <dl class="summary">
      <div>
        <dt i18n="@@checkout.stay.place">Place</dt>
        <dd>{{ unitTypeName() }} {{ unitCode() }}</dd>
      </div>
      <div>
        <dt i18n="@@checkout.stay.arrival">Arrival</dt>
        <dd>{{ arrivalText() }}</dd>
      </div>
      <div>
        <dt i18n="@@checkout.stay.departure">Departure</dt>
        <dd>{{ departureText() }}</dd>
      </div>
      <div>
        <dt i18n="@@checkout.stay.length">Length of stay</dt>
        <dd i18n="@@checkout.stay.nights">{nights(), plural, =1 {1 night} other {{{ nights() }} nights}}</dd>
      </div>
      @if (party(); as party) {
        <div>
          <dt i18n="@@checkout.stay.party">Guests</dt>
          <dd>
            <ul class="party">
              <li i18n="@@checkout.stay.adults">{party.adults, plural, =1 {1 adult} other {{{ party.adults }} adults}}</li>
              @if (party.childrenAges.length > 0) {
                <li i18n="@@checkout.stay.children">{party.childrenAges.length, plural, =1 {1 child} other {{{ party.childrenAges.length }} children}}</li>
              }
              @if (party.pets > 0) {
                <li i18n="@@checkout.stay.pets">{party.pets, plural, =1 {1 pet} other {{{ party.pets }} pets}}</li>
              }
              @if (party.vehicles > 0) {
                <li i18n="@@checkout.stay.vehicles">{party.vehicles, plural, =1 {1 vehicle} other {{{ party.vehicles }} vehicles}}</li>
              }
            </ul>
          </dd>
        </div>
      }
    </dl>
  `,
  styles: `
    .summary {
      display: grid;
      gap: 0.5rem;
      margin: 0;
    }
    .summary > div {
      display: grid;
      grid-template-columns: minmax(7rem, 1fr) 2fr;
      gap: 1rem;
    }
    dt {
      color: var(--pd-ink-muted);
    }
    dd {
      margin: 0;
      font-weight: 600;
    }
    .party {
      display: flex;
      flex-wrap: wrap;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    /* A visual separator only: screen readers announce the list items one by one. */
    .party li + li::before {
      content: ', ';
      white-space: pre;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StaySummary {
  readonly unitTypeName = input.required<string | null>();
  readonly unitCode = input.required<string>();
  readonly arrival = input.required<string>();
  readonly departure = input.required<string>();
  readonly nights = input.required<number>();
  readonly party = input<Party | null>(null);

  private readonly locale = injectGuestLocale();
  protected readonly arrivalText = computed(() => formatCalendarDate(this.arrival(), this.locale, 'long'));
  protected readonly departureText = computed(() => formatCalendarDate(this.departure(), this.locale, 'long'));
}
