import { Injectable } from '@nestjs/common';
import { nights, parseDateRange } from '@pitchdesk/domain';
import type { Quote } from '@pitchdesk/domain';
import { reservationEditSchema } from '@pitchdesk/contracts';
import type { PropertySummary, ReservationChange } from '@pitchdesk/contracts';
import { AuditRepository } from '../audit/audit.repository';
import { todayAt } from '../common/property-clock';
import { parseInput } from '../common/validation';
import type { UnitOfWork } from '../database/unit-of-work';
import { planMove, pricingBasis } from '../planning/move-plan';
import type { MovePlan, Placement } from '../planning/move-plan';
import { UnitNightClaims } from '../planning/unit-night-claims';
import { PropertiesService } from '../properties/properties.service';
import { toParty } from '../reservations/stay-input';
import type { Actor } from '../staff-auth/staff-actor.decorator';
import { DeskNotifications } from './desk-notifications';
import { withoutPriceOverride } from './desk-pricing';
import { DeskPricing } from './desk-pricing.service';
import type { Located } from './desk-pricing.service';
import { EDITABLE_STATUSES, storedGuest } from './desk-reservation';
import type { DeskReservation, StoredOverride } from './desk-reservation';
import { deskTransaction } from './desk-transaction';
import { etagMatches, reservationEtag } from './reservation-etag';
import { ReservationDeskError, ReservationDeskErrorCode } from './reservation-desk.errors';
import { ReservationDeskRepository } from './reservation-desk.repository';
import type { DeskChanges } from './reservation-desk.repository';
import { ReservationDetails } from './reservation-details.service';
import { ReservationsRepository } from '../reservations/reservations.repository';

type EditRequest = ReturnType<typeof reservationEditSchema.parse>;

/** The fields an edit can change, as the audit trail records them before and after. */
const auditState = (reservation: Pick<DeskReservation, 'unitId' | 'arrival' | 'departure' | 'party' | 'extras' | 'guest' | 'locale' | 'totalMinor' | 'rateCardVersion'>) => ({
  unitId: reservation.unitId,
  arrival: reservation.arrival,
  departure: reservation.departure,
  party: reservation.party,
  extras: reservation.extras,
  guest: reservation.guest,
  locale: reservation.locale,
  totalMinor: reservation.totalMinor,
  rateCardVersion: reservation.rateCardVersion,
});

interface Edited {
  readonly before: DeskReservation;
  readonly plan: MovePlan;
  readonly target: Placement;
  readonly repriced: boolean;
}

/**
 * Edits party, dates, unit, extras and guest details of a live stay, in one primary
 * transaction: optimistic concurrency on the ETag (under the row lock, so two edits from
 * one read cannot both pass), new nights claimed before old ones are released, the stay
 * re-priced as a move would be, the folio's quoted lines following the new quote.
 */
@Injectable()
export class EditReservationService {
  constructor(
    private readonly properties: PropertiesService,
    private readonly pricing: DeskPricing,
    private readonly claims: UnitNightClaims,
    private readonly repository: ReservationDeskRepository,
    /** The reservations context owns folio lines: its repository writes them. */
    private readonly folio: ReservationsRepository,
    private readonly audit: AuditRepository,
    private readonly notifications: DeskNotifications,
    private readonly details: ReservationDetails,
  ) {}

  async edit(slug: string, id: string, body: unknown, ifMatch: string | undefined, actor: Actor): Promise<ReservationChange> {
    const request = parseInput(reservationEditSchema, body, 'body');
    if (ifMatch === undefined || ifMatch.trim() === '') {
      throw new ReservationDeskError(
        ReservationDeskErrorCode.PRECONDITION_REQUIRED,
        'Send If-Match with the etag of the reservation as you read it, so that an edit never overwrites a change you have not seen',
      );
    }
    const property = await this.properties.getForWrite(slug);
    const edited = await deskTransaction(this.claims, (work) => this.editIn(work, property, id, request, ifMatch, actor));
    const { before, plan, target } = edited;
    this.notifications.nights(property.id, before.unitId, plan.releases, 'released');
    this.notifications.nights(property.id, target.unitId, plan.claims, 'booked');
    this.notifications.staff(property.id, 'reservation.updated', id, actor);
    return { reservation: await this.details.view(property, id), previousTotalMinor: before.totalMinor, repriced: edited.repriced };
  }

  private async editIn(work: UnitOfWork, property: PropertySummary, id: string, request: EditRequest, ifMatch: string, actor: Actor): Promise<Edited> {
    const before = await this.repository.findForUpdate(work, id);
    if (!before || before.propertyId !== property.id) {
      throw new ReservationDeskError(ReservationDeskErrorCode.RESERVATION_NOT_FOUND, 'No such reservation at this property', { id });
    }
    const etag = reservationEtag(before);
    if (!etagMatches(ifMatch, etag)) {
      throw new ReservationDeskError(
        ReservationDeskErrorCode.VERSION_CONFLICT,
        'Someone changed this reservation since you opened it; reload it, check their change and edit again',
        { etag },
      );
    }
    if (!EDITABLE_STATUSES.includes(before.status)) {
      throw new ReservationDeskError(ReservationDeskErrorCode.NOT_EDITABLE, `A ${before.status} reservation cannot be changed`, { status: before.status });
    }
    const current: Placement = { unitId: before.unitId, stay: parseDateRange(before) };
    const target: Placement = { unitId: request.unitId ?? before.unitId, stay: request.stay ? parseDateRange(request.stay) : current.stay };
    const plan = planMove(current, target);
    const party = request.party ? toParty(request.party) : before.party;
    const extras = request.extras ?? before.extras;
    const located = await this.pricing.locate(work, property.id, target.unitId);
    if (plan.unitChanged || request.party) {
      this.pricing.requireSuitable(located.unit, party);
    }
    const reprices = !plan.unchanged || request.party !== undefined || request.extras !== undefined || request.priceOverride !== undefined;
    const priced = reprices ? await this.reprice(work, property, before, located, { plan, target, party, extras, request, actor }) : null;

    for (const claimed of plan.claims) {
      await this.claims.claim(work, { unitId: target.unitId, propertyId: property.id, claimant: id, stay: claimed, kind: 'reservation', report: target.stay });
    }
    const released = await this.repository.releaseNightsOutside(work, id, target.unitId, target.stay);
    const expected = plan.releases.reduce((sum, range) => sum + nights(range), 0);
    if (released !== expected) {
      // Its rows did not match its dates: changing it would hide that, so nothing changes.
      throw new Error(`reservation ${id} released ${released} unit-nights where its dates say ${expected}`);
    }
    const changes: DeskChanges = {
      unitId: target.unitId,
      unitTypeId: located.unitType.id,
      arrival: target.stay.arrival,
      departure: target.stay.departure,
      party,
      extras,
      ...(request.guest && { guest: storedGuest(request.guest) }),
      ...(request.locale && { locale: request.locale }),
      ...(priced && {
        quote: priced.quote,
        totalMinor: priced.quote.totalMinor,
        rateCardVersion: priced.version,
        overrides: [...before.overrides, ...priced.records],
      }),
    };
    await this.repository.update(work, id, changes);
    if (priced) {
      await this.folio.replaceQuotedFolioLines(work, id, priced.quote.lines);
    }
    const after = { ...before, ...changes };
    await this.audit.record(work, {
      propertyId: property.id,
      actor,
      action: 'reservation.updated',
      subjectType: 'reservation',
      subjectId: id,
      before: auditState(before),
      after: { ...auditState(after), repriced: priced !== null, ...(priced && priced.records.length > 0 && { overrides: priced.records }) },
    });
    return { before, plan, target, repriced: priced !== null };
  }

  /**
   * New dates are priced with today's card, as a new booking of them would be; the same
   * nights keep the card and booking day they were booked with (see pricingBasis). Only
   * new dates or a new unit type meet the stay rules again: a party change must not
   * refuse a stay that was allowed when booked.
   */
  private async reprice(
    work: UnitOfWork,
    property: PropertySummary,
    before: DeskReservation,
    located: Located,
    edit: { plan: MovePlan; target: Placement; party: DeskReservation['party']; extras: DeskReservation['extras']; request: EditRequest; actor: Actor },
  ): Promise<{ quote: Quote; version: number; records: StoredOverride[] }> {
    const { plan, target, party, extras, request, actor } = edit;
    const current = pricingBasis(plan) === 'current';
    const { version, card } = await this.pricing.card(work, property.id, current ? 'current' : before.rateCardVersion);
    const typeChanged = located.unitType.id !== before.unitTypeId;
    const rules = plan.datesChanged || typeChanged ? this.pricing.checkRules(card, located.unitType.code, target.stay, request.ruleOverride, actor) : null;
    const samePricing = plan.unchanged && request.party === undefined && request.extras === undefined;
    const bookedOn = todayAt(property.timeZone, current ? new Date() : (before.confirmedAt ?? before.createdAt));
    // Only the price override changes: it applies to the stay as priced, not to an earlier override.
    const quoted = samePricing
      ? withoutPriceOverride(before.quote)
      : this.pricing.quote(card, { unitTypeCode: located.unitType.code, stay: target.stay, party, extras, bookedOn });
    const { quote, record } = this.pricing.applyPriceOverride(quoted, request.priceOverride, actor);
    return { quote, version, records: [record, rules].filter((entry): entry is StoredOverride => entry !== null) };
  }
}
