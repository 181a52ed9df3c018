import { Injectable } from '@nestjs/common';
import { reservationNoteRequestSchema } from '@pitchdesk/contracts';
import type { ReservationNote } from '@pitchdesk/contracts';
import { AuditRepository } from '../audit/audit.repository';
import { parseInput } from '../common/validation';
import { PropertiesService } from '../properties/properties.service';
import type { Actor } from '../staff-auth/staff-actor.decorator';
import { DeskNotifications } from './desk-notifications';
import { ReservationDeskError, ReservationDeskErrorCode } from './reservation-desk.errors';
import { ReservationDeskRepository } from './reservation-desk.repository';

/** Staff notes on a reservation: any status, append-only, with author and time (and in the audit trail). */
@Injectable()
export class ReservationNotesService {
  constructor(
    private readonly properties: PropertiesService,
    private readonly repository: ReservationDeskRepository,
    private readonly audit: AuditRepository,
    private readonly notifications: DeskNotifications,
  ) {}

  async add(slug: string, reservationId: string, body: unknown, actor: Actor): Promise<ReservationNote> {
    const { text } = parseInput(reservationNoteRequestSchema, body, 'body');
    const property = await this.properties.getForWrite(slug);
    const { note, author } = await this.repository.transaction(async (work) => {
      const reservation = await this.repository.find(work, reservationId);
      if (!reservation || reservation.propertyId !== property.id) {
        throw new ReservationDeskError(ReservationDeskErrorCode.RESERVATION_NOT_FOUND, 'No such reservation at this property', { id: reservationId });
      }
      const stored = await this.repository.insertNote(work, { reservationId, propertyId: property.id, author: actor, text });
      await this.audit.record(work, {
        propertyId: property.id,
        actor,
        action: 'reservation.note-added',
        subjectType: 'reservation',
        subjectId: reservationId,
        before: null,
        after: { noteId: stored.id, text },
      });
      return { note: stored, author: (await this.repository.staffNames(work, [actor])).get(actor) ?? null };
    });
    this.notifications.staff(property.id, 'reservation.note-added', reservationId, actor);
    return { id: note.id, text: note.text, author: { id: actor, name: author }, createdAt: note.createdAt.toISOString() };
  }
}
