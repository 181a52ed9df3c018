import { Controller, Get, Inject } from '@nestjs/common';
import { APP_CONFIG } from '../config/app-config';
import type { AppConfig } from '../config/app-config';
import { openApiDocument } from './openapi-document';

@Controller('openapi.json')
export class OpenApiController {
  private readonly document: ReturnType<typeof openApiDocument>;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    // Built once per process: it only depends on the contracts and the release.
    this.document = openApiDocument(config.PD_RELEASE);
  }

  @Get()
  get(): ReturnType<typeof openApiDocument> {
    return this.document;
  }
}
