import { formatDate } from '@angular/common';
import type { ClosureBar, ReservationBar } from '@pitchdesk/contracts';

export function statusLabel(status: ReservationBar['status']): string {
  switch (status) {
    case 'held':
      return $localize`:@@planning.status-held:Held`;
    case 'confirmed':
      return $localize`:@@planning.status-confirmed:Confirmed`;
    case 'checked-in':
      return $localize`:@@planning.status-checked-in:Checked in`;
    case 'checked-out':
      return $localize`:@@planning.status-checked-out:Checked out`;
  }
}

/** What the bar shows: the guest, or the reference while a hold has no guest yet. */
export function reservationTitle(bar: ReservationBar): string {
  return bar.guestName ?? $localize`:@@planning.hold-title:Hold ${bar.reference}:reference:`;
}

export function shortDate(date: string, locale: string): string {
  return formatDate(date, 'EEE d MMM', locale, 'UTC');
}

/** A bar's accessible name: who, when, where and in which state, not colour alone. */
export function reservationName(bar: ReservationBar, unitCode: string, locale: string): string {
  const guest = reservationTitle(bar);
  const arrival = shortDate(bar.arrival, locale);
  const departure = shortDate(bar.departure, locale);
  const status = statusLabel(bar.status);
  // The visible text (guest, then status) first and unbroken: WCAG 2.5.3, label in name.
  return $localize`:@@planning.bar-name:${guest}:guest: ${status}:status:, ${arrival}:arrival: to ${departure}:departure:, unit ${unitCode}:unit:`;
}

export function closureName(bar: ClosureBar, unitCode: string, locale: string): string {
  const from = shortDate(bar.arrival, locale);
  const to = shortDate(bar.departure, locale);
  const reason = bar.reason;
  return $localize`:@@planning.closure-name:Closed, ${from}:from: to ${to}:to:, unit ${unitCode}:unit:: ${reason}:reason:`;
}
