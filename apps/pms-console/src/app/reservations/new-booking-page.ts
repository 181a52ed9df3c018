import type { ElementRef } from '@angular/core';
import { ChangeDetectionStrategy, Component, inject, signal, viewChild } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { describeApiProblem } from '@pitchdesk/shared/data-access-api';
import { BookingForm } from './booking-form';
import { bookingBody, EMPTY_BOOKING_FORM } from './booking-form-model';
import type { BookingFormValue, FieldErrors } from './booking-form-model';
import { deskProblem } from './desk-problems';
import type { DeskProblem } from './desk-problems';
import type { DeskCatalogue } from './reservations-api';
import { ReservationsApi } from './reservations-api';

/** A phone or walk-in booking; opens the new reservation once booked. */
@Component({
  selector: 'pc-new-booking-page',
  imports: [BookingForm, RouterLink],
  templateUrl: './new-booking-page.html',
  styleUrl: './reservation-pages.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NewBookingPage {
  private readonly api = inject(ReservationsApi);
  private readonly router = inject(Router);
  /** One key per form: a double click or a retry after a lost answer books once. */
  private readonly idempotencyKey = crypto.randomUUID();
  private readonly problemBox = viewChild<ElementRef<HTMLElement>>('problemBox');

  protected readonly catalogue = signal<DeskCatalogue | null>(null);
  protected readonly initial = signal<BookingFormValue>(EMPTY_BOOKING_FORM);
  protected readonly pending = signal(false);
  protected readonly errors = signal<FieldErrors>({});
  protected readonly problem = signal<DeskProblem | null>(null);
  protected readonly loadProblem = signal<string | null>(null);

  constructor() {
    this.api.catalogue().then(
      (catalogue) => {
        const type = catalogue.unitTypes[0];
        this.initial.set({ ...EMPTY_BOOKING_FORM, unitTypeId: type?.id ?? '', unitId: catalogue.units.find((unit) => unit.unitTypeId === type?.id)?.id ?? '' });
        this.catalogue.set(catalogue);
      },
      () => this.loadProblem.set($localize`:@@reservations.catalogue-unreachable:The units cannot be loaded. Reload the page to try again.`),
    );
  }

  protected async book(value: BookingFormValue): Promise<void> {
    const built = bookingBody(value);
    this.problem.set(null);
    if ('errors' in built) {
      this.errors.set(built.errors);
      return;
    }
    this.errors.set({});
    this.pending.set(true);
    try {
      const reservation = await this.api.create(built.body, this.idempotencyKey);
      await this.router.navigate(['/reservations', reservation.id]);
    } catch (error: unknown) {
      const problem = deskProblem(describeApiProblem(error));
      this.initial.set(value);
      this.errors.set(problem.fields);
      this.problem.set(problem);
      if (Object.keys(problem.fields).length === 0) {
        setTimeout(() => this.problemBox()?.nativeElement.focus());
      }
    } finally {
      this.pending.set(false);
    }
  }
}
