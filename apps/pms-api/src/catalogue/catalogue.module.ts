import { Module } from '@nestjs/common';
import { PropertiesModule } from '../properties/properties.module';
import { CatalogueController } from './catalogue.controller';
import { CatalogueRepository } from './catalogue.repository';
import { CatalogueService } from './catalogue.service';

@Module({
  imports: [PropertiesModule],
  controllers: [CatalogueController],
  providers: [CatalogueService, CatalogueRepository],
  exports: [CatalogueService, CatalogueRepository],
})
export class CatalogueModule {}
