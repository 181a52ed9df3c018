import { Injectable } from '@nestjs/common';
import { checkOutRequestSchema, registrationGaps } from '@pitchdesk/contracts';
import type { CheckInResult, CheckOutResult } from '@pitchdesk/contracts';
import { AuditRepository } from '../audit/audit.repository';
import { parseInput } from '../common/validation';
import { PropertiesService } from '../properties/properties.service';
import { AvailabilityPublisher } from '../realtime/availability-publisher';
import { StaffEventsPublisher } from '../realtime/staff-events-publisher';
import type { Actor } from '../staff-auth/staff-actor.decorator';
import { partySizeOf } from './desk-stay';
import { FolioRepository } from './folio.repository';
import { folioOf } from './folio-view';
import { FrontDeskRepository } from './front-desk.repository';
import { RegistrationRepository } from './registration.repository';
import { StayLookup } from './stay-lookup';
import { checkInAllowed, checkOutAllowed, nightsToRelease } from './stay-steps';

/**
 * Check-in and check-out: each one transaction on the locked reservation row, with its
 * audit event; the consoles hear of it after the commit.
 */
@Injectable()
export class CheckInOutService {
  constructor(
    private readonly properties: PropertiesService,
    private readonly lookup: StayLookup,
    private readonly stays: FrontDeskRepository,
    private readonly registrations: RegistrationRepository,
    private readonly folios: FolioRepository,
    private readonly audit: AuditRepository,
    private readonly events: StaffEventsPublisher,
    private readonly availability: AvailabilityPublisher,
  ) {}

  /** From the arrival day, with every guest registered; refused with the gaps per guest otherwise. */
  async checkIn(slug: string, reservationId: string, actor: Actor): Promise<CheckInResult> {
    const property = await this.properties.getForWrite(slug);
    const result = await this.lookup.locked(property, reservationId, async ({ work, stay, today }) => {
      const registration = (await this.registrations.find(work, stay.id)) ?? { groupKind: null, guests: [] };
      checkInAllowed(stay, today, registrationGaps(registration, partySizeOf(stay.party)));
      const at = new Date();
      await this.stays.markCheckedIn(work, stay.id, at, actor);
      await this.audit.record(work, {
        propertyId: property.id,
        actor,
        action: 'reservation.checked-in',
        subjectType: 'reservation',
        subjectId: stay.id,
        before: { status: stay.status },
        after: { status: 'checked-in', checkedInAt: at.toISOString(), guests: registration.guests.length, on: today },
      });
      return { reservationId: stay.id, reference: stay.reference, status: 'checked-in' as const, checkedInAt: at.toISOString() };
    });
    this.events.publishStaffEvent({ propertyId: property.id, kind: 'reservation.checked-in', subjectId: result.reservationId, actor });
    return result;
  }

  /**
   * Settled stays check out; an open balance needs `override.reason` (audited). Leaving
   * before the departure day frees the nights from today on, for sale again; the folio
   * keeps the nights as booked (a refund or allowance is the desk's explicit decision).
   */
  async checkOut(slug: string, reservationId: string, body: unknown, actor: Actor): Promise<CheckOutResult> {
    const request = parseInput(checkOutRequestSchema, body ?? {}, 'body');
    const property = await this.properties.getForWrite(slug);
    const result = await this.lookup.locked(property, reservationId, async ({ work, stay, today }) => {
      const folio = folioOf(stay, await this.folios.lines(work, stay.id), await this.folios.payments(work, stay.id));
      const overridden = checkOutAllowed(stay, folio.balanceMinor, request.override);
      const released = nightsToRelease(stay, today);
      if (released) {
        await this.stays.releaseNightsFrom(work, stay.id, released.from);
      }
      const at = new Date();
      await this.stays.markCheckedOut(work, stay.id, at, actor, overridden ? (request.override?.reason ?? null) : null);
      await this.audit.record(work, {
        propertyId: property.id,
        actor,
        action: 'reservation.checked-out',
        subjectType: 'reservation',
        subjectId: stay.id,
        before: { status: stay.status, balanceMinor: folio.balanceMinor },
        after: {
          status: 'checked-out',
          checkedOutAt: at.toISOString(),
          balanceMinor: folio.balanceMinor,
          override: overridden ? { reason: request.override?.reason } : null,
          releasedNights: released,
        },
      });
      const checkedOut: CheckOutResult = {
        reservationId: stay.id,
        reference: stay.reference,
        status: 'checked-out',
        checkedOutAt: at.toISOString(),
        balanceMinor: folio.balanceMinor,
        currency: folio.currency,
        releasedNights: released,
      };
      return { checkedOut, unitId: stay.unitId };
    });
    const { checkedOut, unitId } = result;
    if (checkedOut.releasedNights) {
      this.availability.publishAvailabilityChanged({
        propertyId: property.id,
        unitIds: [unitId],
        arrival: checkedOut.releasedNights.from,
        departure: checkedOut.releasedNights.to,
        state: 'released',
      });
    }
    this.events.publishStaffEvent({ propertyId: property.id, kind: 'reservation.checked-out', subjectId: checkedOut.reservationId, actor });
    return checkedOut;
  }
}
