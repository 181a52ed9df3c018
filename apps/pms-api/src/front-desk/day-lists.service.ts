import { Injectable } from '@nestjs/common';
import { frontDeskQuerySchema } from '@pitchdesk/contracts';
import type { FrontDeskDay } from '@pitchdesk/contracts';
import { todayAt } from '../common/property-clock';
import { parseInput } from '../common/validation';
import { PropertiesService } from '../properties/properties.service';
import { dayLists } from './day-lists';
import { FrontDeskRepository } from './front-desk.repository';
import { RegistrationRepository } from './registration.repository';

/** The desk's day: arrivals, departures, in-house, with balances and registration progress. */
@Injectable()
export class DayListsService {
  constructor(
    private readonly properties: PropertiesService,
    private readonly stays: FrontDeskRepository,
    private readonly registrations: RegistrationRepository,
  ) {}

  async day(slug: string, query: unknown): Promise<FrontDeskDay> {
    const { date: asked } = parseInput(frontDeskQuerySchema, query, 'query');
    const property = await this.properties.get(slug);
    const today = todayAt(property.timeZone);
    const date = asked ?? today;
    const around = await this.stays.aroundDay(property.id, date);
    const registrations = await this.registrations.ofStays(around.map(({ stay }) => stay.id));
    return dayLists(
      property.id,
      date,
      today,
      around.map(({ stay, balanceMinor }) => ({ stay, balanceMinor, registration: registrations.get(stay.id) ?? { groupKind: null, guests: [] } })),
    );
  }
}
