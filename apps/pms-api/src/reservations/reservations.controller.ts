import { Body, Controller, Get, Header, Headers, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { propertySlugSchema } from '@pitchdesk/contracts';
import type { BookingCreated, BookingView, HoldResponse, NightOccupancy, QuoteResponse } from '@pitchdesk/contracts';
import { parseInput } from '../common/validation';
import { AvailabilityService } from './availability.service';
import { BookingService } from './booking.service';
import { HoldService } from './hold.service';
import { ManageBookingService } from './manage-booking.service';
import { NightOccupancyService } from './night-occupancy.service';

const slugOf = (slug: string): string => parseInput(propertySlugSchema, slug, 'slug');

/** `Authorization: Bearer <token>` from the manage-my-booking link. */
const bearer = (authorization: string | undefined): string | undefined => /^Bearer (\S+)$/.exec(authorization ?? '')?.[1];

@Controller()
export class ReservationsController {
  constructor(
    private readonly availability: AvailabilityService,
    private readonly holds: HoldService,
    private readonly bookings: BookingService,
    private readonly manage: ManageBookingService,
    private readonly occupancy: NightOccupancyService,
  ) {}

  /**
   * An AvailabilityResponse, sent as the JSON text the service keeps. Cacheable for a
   * second by a CDN: the API itself answers from data at most that old.
   */
  @Get('properties/:slug/availability')
  @Header('cache-control', 'public, max-age=1')
  @Header('content-type', 'application/json; charset=utf-8')
  search(@Param('slug') slug: string, @Query() query: unknown, @Req() request: FastifyRequest): Promise<string> {
    const queryString = request.url.slice(request.url.indexOf('?') + 1 || request.url.length);
    return this.availability.searchSerialized(slug, query, queryString);
  }

  /** Free units per type and night: the date picker greys out full nights. A few seconds old at most. */
  @Get('properties/:slug/nights')
  @Header('cache-control', 'public, max-age=5')
  nights(@Param('slug') slug: string, @Query() query: unknown): Promise<NightOccupancy> {
    return this.occupancy.occupancy(slugOf(slug), query);
  }

  @Post('properties/:slug/quotes')
  @HttpCode(200)
  quote(@Param('slug') slug: string, @Body() body: unknown): Promise<QuoteResponse> {
    return this.availability.quote(slugOf(slug), body);
  }

  @Post('properties/:slug/holds')
  hold(@Param('slug') slug: string, @Body() body: unknown): Promise<HoldResponse> {
    return this.holds.hold(slugOf(slug), body);
  }

  /** 201 when this request booked, 200 when it replays an earlier one with the same key. */
  @Post('bookings')
  async book(
    @Body() body: unknown,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<BookingCreated> {
    const { created, result } = await this.bookings.book(body, key);
    void reply.status(created ? 201 : 200);
    return result;
  }

  @Get('bookings/:reference')
  view(@Param('reference') reference: string, @Headers('authorization') authorization: string | undefined): Promise<BookingView> {
    return this.manage.view(reference, bearer(authorization));
  }

  @Post('bookings/:reference/cancellation')
  @HttpCode(200)
  cancel(@Param('reference') reference: string, @Headers('authorization') authorization: string | undefined): Promise<BookingView> {
    return this.manage.cancel(reference, bearer(authorization));
  }
}
