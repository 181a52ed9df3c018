import { Controller, Get, Param } from '@nestjs/common';
import { propertySlugSchema } from '@pitchdesk/contracts';
import type { RateCard } from '@pitchdesk/domain';
import { parseInput } from '../common/validation';
import { CatalogueService } from './catalogue.service';
import type { Catalogue } from './catalogue.service';

@Controller('properties/:slug')
export class CatalogueController {
  constructor(private readonly catalogue: CatalogueService) {}

  /** Unit types and every unit with its attributes and map shape (for the site map). */
  @Get('catalogue')
  catalogueOf(@Param('slug') slug: string): Promise<Catalogue> {
    return this.catalogue.catalogueOf(parseInput(propertySlugSchema, slug, 'slug'));
  }

  /** The rate card in force: the booking engine prices with the same domain code. */
  @Get('rate-card')
  rateCard(@Param('slug') slug: string): Promise<RateCard> {
    return this.catalogue.rateCardOf(parseInput(propertySlugSchema, slug, 'slug'));
  }
}
