import { Body, Get, Headers, HttpCode, Param, Patch, Post, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { planningIdSchema, propertySlugSchema } from '@pitchdesk/contracts';
import type { DeskQuote, ReservationChange, ReservationDetail, ReservationList, ReservationNote } from '@pitchdesk/contracts';
import { parseInput } from '../common/validation';
import { StaffActor } from '../staff-auth/staff-actor.decorator';
import type { Actor } from '../staff-auth/staff-actor.decorator';
import { StaffController } from '../staff-auth/staff-controller.decorator';
import { StaffRoles } from '../staff-auth/staff-roles.decorator';
import { CancelReservationService } from './cancel-reservation.service';
import { DeskBookingService } from './desk-booking.service';
import { EditReservationService } from './edit-reservation.service';
import { ReservationDetails } from './reservation-details.service';
import { ReservationNotesService } from './reservation-notes.service';

const slugOf = (slug: string): string => parseInput(propertySlugSchema, slug, 'slug');
const idOf = (id: string): string => parseInput(planningIdSchema, id, 'id');

/** The reservation desk: find, read, book by phone or at the desk, change, cancel, annotate. */
@StaffController('staff/properties/:slug/reservations')
export class ReservationDeskController {
  constructor(
    private readonly details: ReservationDetails,
    private readonly bookings: DeskBookingService,
    private readonly edits: EditReservationService,
    private readonly cancellations: CancelReservationService,
    private readonly notes: ReservationNotesService,
  ) {}

  @Get()
  @StaffRoles('admin', 'reception', 'read-only')
  list(@Param('slug') slug: string, @Query() query: unknown): Promise<ReservationList> {
    return this.details.list(slugOf(slug), query);
  }

  @Post('quote')
  @HttpCode(200)
  @StaffRoles('admin', 'reception')
  quote(@Param('slug') slug: string, @Body() body: unknown): Promise<DeskQuote> {
    return this.bookings.quote(slugOf(slug), body);
  }

  /** 201 when this request booked, 200 when it repeats an earlier one with the same Idempotency-Key. */
  @Post()
  @StaffRoles('admin', 'reception')
  async create(
    @Param('slug') slug: string,
    @Body() body: unknown,
    @Headers('idempotency-key') key: string | undefined,
    @StaffActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ReservationDetail> {
    const { created, reservation } = await this.bookings.create(slugOf(slug), body, key, actor);
    void reply.status(created ? 201 : 200).header('etag', reservation.etag);
    return reservation;
  }

  @Get(':id')
  @StaffRoles('admin', 'reception', 'read-only')
  async detail(@Param('slug') slug: string, @Param('id') id: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<ReservationDetail> {
    const reservation = await this.details.detail(slugOf(slug), idOf(id));
    void reply.header('etag', reservation.etag);
    return reservation;
  }

  @Patch(':id')
  @StaffRoles('admin', 'reception')
  edit(
    @Param('slug') slug: string,
    @Param('id') id: string,
    @Body() body: unknown,
    @Headers('if-match') ifMatch: string | undefined,
    @StaffActor() actor: Actor,
  ): Promise<ReservationChange> {
    return this.edits.edit(slugOf(slug), idOf(id), body, ifMatch, actor);
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @StaffRoles('admin', 'reception')
  cancel(@Param('slug') slug: string, @Param('id') id: string, @Body() body: unknown, @StaffActor() actor: Actor): Promise<ReservationChange> {
    return this.cancellations.cancel(slugOf(slug), idOf(id), body, actor);
  }

  @Post(':id/notes')
  @StaffRoles('admin', 'reception')
  addNote(@Param('slug') slug: string, @Param('id') id: string, @Body() body: unknown, @StaffActor() actor: Actor): Promise<ReservationNote> {
    return this.notes.add(slugOf(slug), idOf(id), body, actor);
  }
}
