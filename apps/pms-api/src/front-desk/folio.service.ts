import { createHash, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { deskAdjustmentRequestSchema, deskChargeRequestSchema, folioIdempotencyKeySchema, paymentRequestSchema } from '@pitchdesk/contracts';
import type { DeskChargeResult, Folio, FolioPayment, PaymentResult, PropertySummary } from '@pitchdesk/contracts';
import { PricingError, extraLines, nights, parseDateRange } from '@pitchdesk/domain';
import { AuditRepository } from '../audit/audit.repository';
import { CatalogueService } from '../catalogue/catalogue.service';
import { parseInput } from '../common/validation';
import type { UnitOfWork } from '../database/unit-of-work';
import { PropertiesService } from '../properties/properties.service';
import { StaffEventsPublisher } from '../realtime/staff-events-publisher';
import type { ReservationStatus } from '../reservations/reservation.entity';
import type { Actor } from '../staff-auth/staff-actor.decorator';
import { partySizeOf } from './desk-stay';
import type { DeskStay } from './desk-stay';
import { FolioRepository } from './folio.repository';
import type { FolioOutcome } from './folio.repository';
import { DESK_ADJUSTMENT_KIND, DESK_EXTRA_KIND, folioOf, toFolioLine } from './folio-view';
import type { StoredFolioLine } from './folio-view';
import { FrontDeskError, FrontDeskErrorCode } from './front-desk.errors';
import { StayLookup } from './stay-lookup';
import { requireStatus } from './stay-steps';

/** A folio write's answer, and whether this request made it (201) or replayed an earlier one (200). */
export interface Written<T> {
  readonly created: boolean;
  readonly result: T;
}

/** Charges are added while the guest is expected or staying; payments also after they left (settling later). */
const CHARGEABLE: readonly ReservationStatus[] = ['confirmed', 'checked-in'];
const PAYABLE: readonly ReservationStatus[] = ['confirmed', 'checked-in', 'checked-out'];

const fingerprintOf = (kind: string, request: unknown): string => createHash('sha256').update(JSON.stringify({ kind, request })).digest('hex');

/**
 * The folio at the desk: what the guest owes and paid. Every write carries an
 * Idempotency-Key: the reservation row is locked, the key looked up, and a repeat of the
 * same request answers with the first one's outcome instead of charging or taking money twice.
 */
@Injectable()
export class FolioService {
  constructor(
    private readonly properties: PropertiesService,
    private readonly lookup: StayLookup,
    private readonly folios: FolioRepository,
    private readonly catalogue: CatalogueService,
    private readonly audit: AuditRepository,
    private readonly events: StaffEventsPublisher,
  ) {}

  async folio(slug: string, reservationId: string): Promise<Folio> {
    const property = await this.properties.getForWrite(slug);
    return this.lookup.read(property, reservationId, ({ work, stay }) => this.folioIn(work, stay));
  }

  /** An extra from the rate card in force, priced as the booking engine prices it (basis, nights, party). */
  async addCharge(slug: string, reservationId: string, body: unknown, key: string | undefined, actor: Actor): Promise<Written<DeskChargeResult>> {
    const request = parseInput(deskChargeRequestSchema, body, 'body');
    return this.writeLine(slug, reservationId, key, actor, 'charge', request, async (work, stay, property) => {
      const priced = await this.priceExtra(work, stay, property, request.code, request.quantity);
      return { ...priced, kind: DESK_EXTRA_KIND, description: null, createdBy: actor };
    });
  }

  /** An admin's charge or allowance (negative) with its reason. */
  async addAdjustment(slug: string, reservationId: string, body: unknown, key: string | undefined, actor: Actor): Promise<Written<DeskChargeResult>> {
    const request = parseInput(deskAdjustmentRequestSchema, body, 'body');
    return this.writeLine(slug, reservationId, key, actor, 'adjustment', request, () =>
      Promise.resolve({
        kind: DESK_ADJUSTMENT_KIND,
        code: 'adjustment',
        quantity: 1,
        unitMinor: request.amountMinor,
        amountMinor: request.amountMinor,
        description: request.description,
        createdBy: actor,
      }),
    );
  }

  async addPayment(slug: string, reservationId: string, body: unknown, key: string | undefined, actor: Actor): Promise<Written<PaymentResult>> {
    const request = parseInput(paymentRequestSchema, body, 'body');
    const idempotencyKey = this.keyOf(key);
    const property = await this.properties.getForWrite(slug);
    const written = await this.lookup.locked(property, reservationId, async ({ work, stay }) => {
      const fingerprint = fingerprintOf('payment', request);
      const earlier = await this.earlierOutcome(work, stay.id, idempotencyKey, fingerprint);
      if (earlier) {
        return { created: false, stay, paymentId: earlier.id };
      }
      requireStatus(stay, PAYABLE, 'take a payment for');
      const payment: FolioPayment = {
        id: randomUUID(),
        method: request.method,
        amountMinor: request.amountMinor,
        currency: stay.currency,
        reference: request.reference,
        reason: request.reason,
        recordedBy: actor,
        recordedAt: new Date().toISOString(),
      };
      await this.folios.addPayment(work, stay.id, payment);
      await this.folios.recordOutcome(work, stay.id, idempotencyKey, { fingerprint, kind: 'payment', id: payment.id });
      await this.audit.record(work, {
        propertyId: property.id,
        actor,
        action: payment.amountMinor > 0 ? 'folio.payment-taken' : 'folio.refund-given',
        subjectType: 'reservation',
        subjectId: stay.id,
        before: null,
        after: { paymentId: payment.id, method: payment.method, amountMinor: payment.amountMinor, currency: payment.currency, reference: payment.reference, reason: payment.reason },
      });
      return { created: true, stay, paymentId: payment.id };
    });
    return this.answer(property, written.stay, written.created, actor, (folio) => {
      const payment = folio.payments.find((candidate) => candidate.id === written.paymentId);
      if (!payment) {
        throw new Error(`payment ${written.paymentId} vanished from folio ${written.stay.id}`);
      }
      return { payment, folio };
    });
  }

  private async writeLine(
    slug: string,
    reservationId: string,
    key: string | undefined,
    actor: Actor,
    kind: 'charge' | 'adjustment',
    request: unknown,
    line: (work: UnitOfWork, stay: DeskStay, property: PropertySummary) => Promise<Omit<StoredFolioLine, 'id'>>,
  ): Promise<Written<DeskChargeResult>> {
    const idempotencyKey = this.keyOf(key);
    const property = await this.properties.getForWrite(slug);
    const written = await this.lookup.locked(property, reservationId, async ({ work, stay }) => {
      const fingerprint = fingerprintOf(kind, request);
      const earlier = await this.earlierOutcome(work, stay.id, idempotencyKey, fingerprint);
      if (earlier) {
        return { created: false, stay, lineId: earlier.id };
      }
      requireStatus(stay, CHARGEABLE, 'add a charge to');
      const added = await line(work, stay, property);
      const lineId = await this.folios.addDeskLine(work, stay.id, added);
      await this.folios.recordOutcome(work, stay.id, idempotencyKey, { fingerprint, kind: 'charge', id: lineId });
      await this.audit.record(work, {
        propertyId: property.id,
        actor,
        action: kind === 'charge' ? 'folio.charge-added' : 'folio.adjustment-added',
        subjectType: 'reservation',
        subjectId: stay.id,
        before: null,
        after: { lineId, ...added, currency: stay.currency },
      });
      return { created: true, stay, lineId };
    });
    return this.answer(property, written.stay, written.created, actor, (folio) => {
      const found = folio.groups.flatMap((group) => group.lines).find((candidate) => candidate.id === written.lineId);
      if (!found) {
        throw new Error(`folio line ${written.lineId} vanished from folio ${written.stay.id}`);
      }
      return { line: toFolioLine(found), folio };
    });
  }

  /** The folio after the commit, read on the primary; consoles hear of a change only once it committed. */
  private async answer<T>(property: PropertySummary, stay: DeskStay, created: boolean, actor: Actor, pick: (folio: Folio) => T): Promise<Written<T>> {
    const folio = await this.lookup.read(property, stay.id, ({ work, stay: current }) => this.folioIn(work, current));
    if (created) {
      this.events.publishStaffEvent({ propertyId: property.id, kind: 'folio.changed', subjectId: stay.id, actor });
    }
    return { created, result: pick(folio) };
  }

  private async folioIn(work: UnitOfWork, stay: DeskStay): Promise<Folio> {
    return folioOf(stay, await this.folios.lines(work, stay.id), await this.folios.payments(work, stay.id));
  }

  private keyOf(key: string | undefined): string {
    if (key === undefined || key === '') {
      throw new FrontDeskError(FrontDeskErrorCode.IDEMPOTENCY_KEY_MISSING, 'Send an Idempotency-Key header so a repeated request is recorded once');
    }
    return parseInput(folioIdempotencyKeySchema, key, 'idempotency-key');
  }

  private async earlierOutcome(work: UnitOfWork, reservationId: string, key: string, fingerprint: string): Promise<FolioOutcome | null> {
    const earlier = await this.folios.findOutcome(work, reservationId, key);
    if (earlier && earlier.fingerprint !== fingerprint) {
      throw new FrontDeskError(FrontDeskErrorCode.IDEMPOTENCY_KEY_REUSED, 'This Idempotency-Key was used for another request; send a new key');
    }
    return earlier;
  }

  private async priceExtra(work: UnitOfWork, stay: DeskStay, property: PropertySummary, code: string, quantity: number): Promise<Pick<StoredFolioLine, 'code' | 'quantity' | 'unitMinor' | 'amountMinor'>> {
    const card = await this.catalogue.currentRateCardFor(work, property.id);
    const placed = await this.catalogue.unitAndType(work, property.id, stay.unitId);
    if (!card || !placed) {
      throw new FrontDeskError(FrontDeskErrorCode.NO_RATE_CARD, `${property.name} has no prices for this unit`);
    }
    if (card.card.currency !== stay.currency) {
      throw new FrontDeskError(FrontDeskErrorCode.EXTRA_NOT_AVAILABLE, `The rate card prices in ${card.card.currency}, this stay in ${stay.currency}`);
    }
    try {
      const [priced] = extraLines(card.card, placed.unitType.code, [{ code, quantity }], nights(parseDateRange(stay)), partySizeOf(stay.party));
      if (!priced) {
        throw new Error(`extra ${code} priced to no line`);
      }
      return { code: priced.code, quantity: priced.quantity, unitMinor: priced.unitMinor, amountMinor: priced.amountMinor };
    } catch (error) {
      if (error instanceof PricingError) {
        throw new FrontDeskError(FrontDeskErrorCode.EXTRA_NOT_AVAILABLE, error.message, { code, reason: error.code });
      }
      throw error;
    }
  }
}
