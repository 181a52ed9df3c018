import { Body, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { StaffController } from '../staff-auth/staff-controller.decorator';
import { planningIdSchema, propertySlugSchema } from '@pitchdesk/contracts';
import type { Closure, MoveResult, PlanningBoard } from '@pitchdesk/contracts';
import { parseInput } from '../common/validation';
import { StaffRoles } from '../staff-auth/staff-roles.decorator';
import { ClosuresService } from './closures.service';
import { MoveReservationService } from './move-reservation.service';
import { PlanningBoardService } from './planning-board.service';
import { StaffActor } from '../staff-auth/staff-actor.decorator';
import type { Actor } from '../staff-auth/staff-actor.decorator';

const slugOf = (slug: string): string => parseInput(propertySlugSchema, slug, 'slug');
const idOf = (id: string, name: string): string => parseInput(planningIdSchema, id, name);

/** The PMS console's planning board: what is taken when, units out of order, moving bookings. */
@StaffController('staff/properties/:slug')
export class PlanningController {
  constructor(
    private readonly boards: PlanningBoardService,
    private readonly closures: ClosuresService,
    private readonly moves: MoveReservationService,
  ) {}

  @Get('planning')
  @StaffRoles('admin', 'reception', 'read-only')
  board(@Param('slug') slug: string, @Query() query: unknown): Promise<PlanningBoard> {
    return this.boards.board(slugOf(slug), query);
  }

  @Post('units/:unitId/closures')
  @StaffRoles('admin', 'reception')
  close(@Param('slug') slug: string, @Param('unitId') unitId: string, @Body() body: unknown, @StaffActor() actor: Actor): Promise<Closure> {
    return this.closures.close(slugOf(slug), idOf(unitId, 'unitId'), body, actor);
  }

  /** 204 also when the closure was already reopened: a retried DELETE is not an error. */
  @Delete('closures/:id')
  @HttpCode(204)
  @StaffRoles('admin', 'reception')
  reopen(@Param('slug') slug: string, @Param('id') id: string, @StaffActor() actor: Actor): Promise<void> {
    return this.closures.reopen(slugOf(slug), idOf(id, 'id'), actor);
  }

  @Post('reservations/:id/move')
  @HttpCode(200)
  @StaffRoles('admin', 'reception')
  move(@Param('slug') slug: string, @Param('id') id: string, @Body() body: unknown, @StaffActor() actor: Actor): Promise<MoveResult> {
    return this.moves.move(slugOf(slug), idOf(id, 'id'), body, actor);
  }
}
