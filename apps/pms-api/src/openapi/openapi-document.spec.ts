import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants.js';
import { RequestMethod } from '@nestjs/common';
import { describe, expect, it } from 'vitest';
import { CatalogueController } from '../catalogue/catalogue.controller';
import { HealthController } from '../health/health.controller';
import { PlanningController } from '../planning/planning.controller';
import { PropertiesController } from '../properties/properties.controller';
import { StaffAuthController } from '../staff-auth/staff-auth.controller';
import { ReservationsController } from '../reservations/reservations.controller';
import { OpenApiController } from './openapi.controller';
import { openApiDocument } from './openapi-document';

const CONTROLLERS = [HealthController, PropertiesController, CatalogueController, ReservationsController, StaffAuthController, PlanningController, OpenApiController];

/** Every route the controllers declare, as `METHOD /api/path/{param}`, read from Nest's own metadata. */
function declaredRoutes(): string[] {
  return CONTROLLERS.flatMap((controller) => {
    const base = String(Reflect.getMetadata(PATH_METADATA, controller) ?? '');
    const prototype = controller.prototype as unknown as Record<string, unknown>;
    return Object.getOwnPropertyNames(prototype)
      .filter((name) => name !== 'constructor')
      .map((name) => prototype[name])
      .filter((handler): handler is object => typeof handler === 'function' && Reflect.hasMetadata(PATH_METADATA, handler))
      .map((handler) => {
        const path = String(Reflect.getMetadata(PATH_METADATA, handler));
        const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as number];
        const full = ['/api', base, path].filter((part) => part && part !== '/').join('/').replace(/\/+/g, '/');
        return `${method} ${full.replace(/:(\w+)/g, '{$1}')}`;
      });
  });
}

function documentedRoutes(): string[] {
  const paths = openApiDocument('test').paths ?? {};
  return Object.entries(paths).flatMap(([path, item]) =>
    Object.keys(item ?? {})
      .filter((method) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
      .map((method) => `${method.toUpperCase()} ${path}`),
  );
}

describe('the OpenAPI document', () => {
  it('documents exactly the routes the controllers serve', () => {
    expect(documentedRoutes().sort()).toEqual(declaredRoutes().sort());
  });

  it('describes the availability query parameters with their constraints', () => {
    const operation = openApiDocument('test').paths?.['/api/properties/{slug}/availability']?.get;
    const names = (operation?.parameters ?? []).map((parameter) => ('name' in parameter ? parameter.name : ''));
    expect(names).toEqual(expect.arrayContaining(['slug', 'arrival', 'departure', 'adults', 'children', 'pets']));
  });

  it('says which errors each booking step can answer', () => {
    const responses = openApiDocument('test').paths?.['/api/properties/{slug}/holds']?.post?.responses ?? {};
    expect(Object.keys(responses).sort()).toEqual(['201', '400', '404', '409', '422']);
  });
});
