import { Inject, Injectable } from '@nestjs/common';
import type { BookingView, PropertySummary } from '@pitchdesk/contracts';
import { formatMinor } from '../common/intl-formats';
import { APP_CONFIG } from '../config/app-config';
import type { AppConfig } from '../config/app-config';
import type { UnitOfWork } from '../database/unit-of-work';
import { MailOutbox } from '../mail/mail-outbox.repository';
import { bookingCancellationMail, bookingConfirmationMail } from '../mail/templates/booking-mails';
import type { BookingMailData } from '../mail/templates/booking-mails';

/** Booking mails go to the outbox in the booking's own transaction: no booking, no mail; no mail lost. */
@Injectable()
export class BookingMails {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly outbox: MailOutbox,
  ) {}

  async bookingConfirmed(work: UnitOfWork, property: PropertySummary, booking: BookingView, manageToken: string): Promise<void> {
    const mail = bookingConfirmationMail(this.mailData(property, booking, manageToken));
    await this.outbox.enqueue(work, { key: `booking-confirmed:${booking.reference}`, to: booking.guest.email, ...mail });
  }

  async bookingCancelled(work: UnitOfWork, property: PropertySummary, booking: BookingView): Promise<void> {
    const mail = bookingCancellationMail(this.mailData(property, booking, null));
    await this.outbox.enqueue(work, { key: `booking-cancelled:${booking.reference}`, to: booking.guest.email, ...mail });
  }

  private mailData(property: PropertySummary, booking: BookingView, manageToken: string | null): BookingMailData {
    // The booking engine is built per language under /{locale}/: the link opens in the guest's.
    const manage = new URL(`/${booking.locale}/manage/${booking.reference}`, this.config.PD_PUBLIC_BOOKING_URL);
    if (manageToken) {
      // In the fragment: browsers never send it to a server, so it stays out of access logs.
      manage.hash = `token=${manageToken}`;
    }
    const amount = booking.status === 'cancelled' ? (booking.cancellationFeeMinor ?? 0) : booking.quote.totalMinor;
    return {
      reference: booking.reference,
      guestName: `${booking.guest.firstName} ${booking.guest.lastName}`,
      propertyName: property.name,
      arrival: booking.arrival,
      departure: booking.departure,
      totalFormatted: formatMinor(amount, booking.quote.currency, booking.locale),
      manageBookingUrl: manage.toString(),
      locale: booking.locale,
    };
  }
}
