import { Controller, Get, Param } from '@nestjs/common';
import { propertySlugSchema } from '@pitchdesk/contracts';
import type { PropertySummary } from '@pitchdesk/contracts';
import { parseInput } from '../common/validation';
import { PropertiesService } from './properties.service';

@Controller('properties')
export class PropertiesController {
  constructor(private readonly properties: PropertiesService) {}

  @Get()
  list(): Promise<PropertySummary[]> {
    return this.properties.list();
  }

  @Get(':slug')
  get(@Param('slug') slug: string): Promise<PropertySummary> {
    return this.properties.get(parseInput(propertySlugSchema, slug, 'slug'));
  }
}
