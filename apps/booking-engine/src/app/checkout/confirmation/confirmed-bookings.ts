import { Service } from '@angular/core';
import type { BookingCreated } from '@pitchdesk/contracts';

const PREFIX = 'pitchdesk.confirmed.';

/**
 * What the confirmation page shows, kept per tab under the hold it confirmed: a reload or
 * a language switch (another build) still shows the reference and the manage link after
 * the checkout itself has been cleared.
 */
@Service()
export class ConfirmedBookings {
  private readonly memory = new Map<string, BookingCreated>();

  save(holdId: string, created: BookingCreated): void {
    try {
      sessionStorage.setItem(PREFIX + holdId, JSON.stringify(created));
    } catch {
      // Storage unavailable: the confirmation is shown from memory until the page is left.
    }
    this.memory.set(holdId, created);
  }

  load(holdId: string): BookingCreated | null {
    try {
      const raw = sessionStorage.getItem(PREFIX + holdId);
      if (raw) {
        return JSON.parse(raw) as BookingCreated;
      }
    } catch {
      // Unreadable: fall back to memory.
    }
    return this.memory.get(holdId) ?? null;
  }
}
