import { Injectable } from '@nestjs/common';
import { addDays, parseCalendarDate, parseDateRange } from '@pitchdesk/domain';
import { planningQuerySchema } from '@pitchdesk/contracts';
import type { PlanningBoard } from '@pitchdesk/contracts';
import { parseInput } from '../common/validation';
import { PropertiesService } from '../properties/properties.service';
import { toPlanningBoard } from './board-view';
import { PlanningRepository } from './planning.repository';

/**
 * The staff planning board. Read on the primary, not a replica: staff act on what it
 * shows (move a booking onto a free-looking night, close a unit), often right after
 * their own or a colleague's change, so a lagging replica would show taken nights as free
 * and turn into refused moves. A few dozen staff reading two set-based statements cost
 * the writer little next to the guests' traffic, which stays on the replicas.
 */
@Injectable()
export class PlanningBoardService {
  constructor(
    private readonly properties: PropertiesService,
    private readonly planning: PlanningRepository,
  ) {}

  async board(slug: string, rawQuery: unknown): Promise<PlanningBoard> {
    const query = parseInput(planningQuerySchema, rawQuery, 'query');
    const property = await this.properties.getForWrite(slug);
    const from = parseCalendarDate(query.from);
    const range = parseDateRange({ arrival: from, departure: addDays(from, query.days) });
    const { units, claims } = await this.planning.board(property.id, range);
    return toPlanningBoard(property.id, range, units, claims);
  }
}
