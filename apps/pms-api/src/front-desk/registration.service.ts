import { Injectable } from '@nestjs/common';
import { guestTypeCode, registrationGaps, registrationRequestSchema } from '@pitchdesk/contracts';
import type { Registration } from '@pitchdesk/contracts';
import { AuditRepository } from '../audit/audit.repository';
import { parseInput, ValidationFailedError } from '../common/validation';
import { PropertiesService } from '../properties/properties.service';
import { StaffEventsPublisher } from '../realtime/staff-events-publisher';
import type { Actor } from '../staff-auth/staff-actor.decorator';
import { partySizeOf } from './desk-stay';
import type { DeskStay } from './desk-stay';
import { RegistrationRepository } from './registration.repository';
import type { StoredRegistration } from './registration.repository';
import { StayLookup } from './stay-lookup';
import { requireStatus } from './stay-steps';

const NONE: StoredRegistration = { groupKind: null, guests: [], updatedAt: null };

export function registrationView(stay: DeskStay, stored: StoredRegistration | null): Registration {
  const registration = stored ?? NONE;
  const partySize = partySizeOf(stay.party);
  const gaps = registrationGaps(registration, partySize);
  return {
    reservationId: stay.id,
    reference: stay.reference,
    status: stay.status,
    arrival: stay.arrival,
    departure: stay.departure,
    partySize,
    groupKind: registration.groupKind,
    guests: registration.guests.map((guest, position) => ({
      position,
      guestType: guestTypeCode(position, registration.guests.length, registration.groupKind),
      ...guest,
    })),
    gaps,
    complete: gaps.length === 0,
    updatedAt: registration.updatedAt?.toISOString() ?? null,
  };
}

/** The police-report registration of a stay's guests: drafts saved as they are, validated per field. */
@Injectable()
export class RegistrationService {
  constructor(
    private readonly properties: PropertiesService,
    private readonly lookup: StayLookup,
    private readonly registrations: RegistrationRepository,
    private readonly audit: AuditRepository,
    private readonly events: StaffEventsPublisher,
  ) {}

  async get(slug: string, reservationId: string): Promise<Registration> {
    const property = await this.properties.getForWrite(slug);
    return this.lookup.read(property, reservationId, async ({ work, stay }) => registrationView(stay, await this.registrations.find(work, stay.id)));
  }

  /**
   * Replaces the stay's registration with what the desk sent, complete or not: a draft is
   * never refused for what it lacks, only for what it gets wrong. Open while the guest can
   * still be corrected: before and during the stay.
   */
  async save(slug: string, reservationId: string, body: unknown, actor: Actor): Promise<Registration> {
    const request = parseInput(registrationRequestSchema, body, 'body');
    const property = await this.properties.getForWrite(slug);
    const saved = await this.lookup.locked(property, reservationId, async ({ work, stay }) => {
      requireStatus(stay, ['confirmed', 'checked-in'], 'register guests of');
      const partySize = partySizeOf(stay.party);
      if (request.guests.length > partySize) {
        throw new ValidationFailedError({ 'body.guests': `at most ${partySize} guests: the party of this booking (edit the party first)` });
      }
      const before = registrationView(stay, await this.registrations.find(work, stay.id));
      const at = new Date();
      await this.registrations.replace(work, { reservationId: stay.id, propertyId: property.id, groupKind: request.groupKind, guests: request.guests, actor, at });
      const after = registrationView(stay, { ...request, updatedAt: at });
      // Counts only: the trail says who registered how many, never the personal data.
      await this.audit.record(work, {
        propertyId: property.id,
        actor,
        action: 'registration.saved',
        subjectType: 'reservation',
        subjectId: stay.id,
        before: { guests: before.guests.length, complete: before.complete },
        after: { guests: after.guests.length, groupKind: after.groupKind, complete: after.complete },
      });
      return after;
    });
    this.events.publishStaffEvent({ propertyId: property.id, kind: 'reservation.updated', subjectId: saved.reservationId, actor });
    return saved;
  }
}
