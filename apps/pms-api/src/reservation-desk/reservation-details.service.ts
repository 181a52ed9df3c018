import { Injectable } from '@nestjs/common';
import { reservationListQuerySchema } from '@pitchdesk/contracts';
import type { PropertySummary, ReservationDetail, ReservationList } from '@pitchdesk/contracts';
import { AuditRepository } from '../audit/audit.repository';
import { CatalogueService } from '../catalogue/catalogue.service';
import { todayAt } from '../common/property-clock';
import { parseInput } from '../common/validation';
import type { UnitOfWork } from '../database/unit-of-work';
import { PropertiesService } from '../properties/properties.service';
import { actorsOf, toDetail, toListItem } from './detail-view';
import { decodeCursor, encodeCursor, likePrefix } from './list-cursor';
import { ReservationDeskError, ReservationDeskErrorCode } from './reservation-desk.errors';
import { ReservationDeskRepository } from './reservation-desk.repository';

/** A phone number needs this many digits before a search looks inside phone numbers. */
const MIN_PHONE_DIGITS = 4;

/** What the desk reads: the list (a replica) and one reservation in full (the primary). */
@Injectable()
export class ReservationDetails {
  constructor(
    private readonly properties: PropertiesService,
    private readonly catalogue: CatalogueService,
    private readonly repository: ReservationDeskRepository,
    private readonly audit: AuditRepository,
  ) {}

  async list(slug: string, query: unknown): Promise<ReservationList> {
    const filter = parseInput(reservationListQuerySchema, query, 'query');
    const property = await this.properties.get(slug);
    const digits = filter.q?.replace(/\D/g, '') ?? '';
    const rows = await this.repository.list({
      propertyId: property.id,
      status: filter.status,
      arrivalFrom: filter.arrivalFrom,
      arrivalTo: filter.arrivalTo,
      unitTypeId: filter.unitTypeId,
      prefix: filter.q ? likePrefix(filter.q) : undefined,
      phoneDigits: digits.length >= MIN_PHONE_DIGITS ? `%${digits}%` : undefined,
      after: filter.cursor === undefined ? undefined : decodeCursor(filter.cursor),
      limit: filter.limit,
    });
    const page = rows.slice(0, filter.limit);
    const last = page.at(-1);
    return { items: page.map(toListItem), nextCursor: rows.length > filter.limit && last ? encodeCursor(last) : null };
  }

  async detail(slug: string, id: string): Promise<ReservationDetail> {
    return this.view(await this.properties.get(slug), id);
  }

  /** The whole reservation, read on the primary: staff open it right after changing it. */
  async view(property: PropertySummary, id: string): Promise<ReservationDetail> {
    return this.repository.onPrimary((work) => this.viewWith(work, property, id));
  }

  private async viewWith(work: UnitOfWork, property: PropertySummary, id: string): Promise<ReservationDetail> {
    const reservation = await this.repository.find(work, id);
    if (!reservation || reservation.propertyId !== property.id) {
      throw new ReservationDeskError(ReservationDeskErrorCode.RESERVATION_NOT_FOUND, 'No such reservation at this property', { id });
    }
    const notes = await this.repository.notesOf(work, id);
    const audit = await this.audit.historyOf(work, 'reservation', id);
    const names = await this.repository.staffNames(work, actorsOf(reservation, notes, audit));
    const card = reservation.status === 'confirmed' ? await this.catalogue.rateCardVersion(work, property.id, reservation.rateCardVersion) : null;
    return toDetail(reservation, { notes, audit, names, policy: card?.cancellation ?? null, today: todayAt(property.timeZone) });
  }
}
