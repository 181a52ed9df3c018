import { Body, Get, Headers, HttpCode, Param, Post, Put, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { planningIdSchema, propertySlugSchema } from '@pitchdesk/contracts';
import type { CheckInResult, CheckOutResult, DeskChargeResult, Folio, FrontDeskDay, PaymentResult, Registration } from '@pitchdesk/contracts';
import { parseInput } from '../common/validation';
import { StaffActor } from '../staff-auth/staff-actor.decorator';
import type { Actor } from '../staff-auth/staff-actor.decorator';
import { StaffController } from '../staff-auth/staff-controller.decorator';
import { StaffRoles } from '../staff-auth/staff-roles.decorator';
import { CheckInOutService } from './check-in-out.service';
import { DayListsService } from './day-lists.service';
import { FolioService } from './folio.service';
import type { Written } from './folio.service';
import { ReceiptService } from './receipt.service';
import { RegistrationService } from './registration.service';

const slugOf = (slug: string): string => parseInput(propertySlugSchema, slug, 'slug');
const idOf = (id: string): string => parseInput(planningIdSchema, id, 'id');

/** 201 when this request wrote, 200 when it replayed an earlier one with the same Idempotency-Key. */
function written<T>(reply: FastifyReply, outcome: Written<T>): T {
  void reply.status(outcome.created ? 201 : 200);
  return outcome.result;
}

/**
 * The front desk: the day's lists, guest registration, check-in, the folio, check-out and
 * receipts. Read-only staff see the lists and folios; registration (identity documents) is
 * for the desk only; adjustments of the folio are for admins.
 */
@StaffController('staff/properties/:slug')
export class FrontDeskController {
  constructor(
    private readonly days: DayListsService,
    private readonly registrations: RegistrationService,
    private readonly stays: CheckInOutService,
    private readonly folios: FolioService,
    private readonly receipts: ReceiptService,
  ) {}

  @Get('front-desk')
  @StaffRoles('admin', 'reception', 'read-only')
  day(@Param('slug') slug: string, @Query() query: unknown): Promise<FrontDeskDay> {
    return this.days.day(slugOf(slug), query);
  }

  @Get('reservations/:id/registration')
  @StaffRoles('admin', 'reception')
  registration(@Param('slug') slug: string, @Param('id') id: string): Promise<Registration> {
    return this.registrations.get(slugOf(slug), idOf(id));
  }

  @Put('reservations/:id/registration')
  @StaffRoles('admin', 'reception')
  register(@Param('slug') slug: string, @Param('id') id: string, @Body() body: unknown, @StaffActor() actor: Actor): Promise<Registration> {
    return this.registrations.save(slugOf(slug), idOf(id), body, actor);
  }

  @Post('reservations/:id/check-in')
  @HttpCode(200)
  @StaffRoles('admin', 'reception')
  checkIn(@Param('slug') slug: string, @Param('id') id: string, @StaffActor() actor: Actor): Promise<CheckInResult> {
    return this.stays.checkIn(slugOf(slug), idOf(id), actor);
  }

  @Post('reservations/:id/check-out')
  @HttpCode(200)
  @StaffRoles('admin', 'reception')
  checkOut(@Param('slug') slug: string, @Param('id') id: string, @Body() body: unknown, @StaffActor() actor: Actor): Promise<CheckOutResult> {
    return this.stays.checkOut(slugOf(slug), idOf(id), body, actor);
  }

  @Get('reservations/:id/folio')
  @StaffRoles('admin', 'reception', 'read-only')
  folio(@Param('slug') slug: string, @Param('id') id: string): Promise<Folio> {
    return this.folios.folio(slugOf(slug), idOf(id));
  }

  @Post('reservations/:id/folio/charges')
  @StaffRoles('admin', 'reception')
  async charge(
    @Param('slug') slug: string,
    @Param('id') id: string,
    @Body() body: unknown,
    @Headers('idempotency-key') key: string | undefined,
    @StaffActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<DeskChargeResult> {
    return written(reply, await this.folios.addCharge(slugOf(slug), idOf(id), body, key, actor));
  }

  @Post('reservations/:id/folio/adjustments')
  @StaffRoles('admin')
  async adjust(
    @Param('slug') slug: string,
    @Param('id') id: string,
    @Body() body: unknown,
    @Headers('idempotency-key') key: string | undefined,
    @StaffActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<DeskChargeResult> {
    return written(reply, await this.folios.addAdjustment(slugOf(slug), idOf(id), body, key, actor));
  }

  @Post('reservations/:id/folio/payments')
  @StaffRoles('admin', 'reception')
  async pay(
    @Param('slug') slug: string,
    @Param('id') id: string,
    @Body() body: unknown,
    @Headers('idempotency-key') key: string | undefined,
    @StaffActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<PaymentResult> {
    return written(reply, await this.folios.addPayment(slugOf(slug), idOf(id), body, key, actor));
  }

  /** A download: attachment, named after the reference; never cached (it carries personal data). */
  @Get('reservations/:id/receipt.pdf')
  @StaffRoles('admin', 'reception', 'read-only')
  async receipt(@Param('slug') slug: string, @Param('id') id: string, @Query() query: unknown, @Res({ passthrough: true }) reply: FastifyReply): Promise<Buffer> {
    const file = await this.receipts.receipt(slugOf(slug), idOf(id), query);
    void reply
      .header('content-type', 'application/pdf')
      .header('content-disposition', `attachment; filename="${file.fileName}"`)
      .header('cache-control', 'no-store');
    return file.pdf;
  }
}
