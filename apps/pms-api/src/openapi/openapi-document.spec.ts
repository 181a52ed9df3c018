import { METHOD_METADATA, MODULE_METADATA, PATH_METADATA } from '@nestjs/common/constants.js';
import { RequestMethod } from '@nestjs/common';
import type { DynamicModule, Type } from '@nestjs/common';
import { describe, expect, it } from 'vitest';
import { AppModule } from '../app.module';
import type { AppConfig } from '../config/app-config';
import { openApiDocument } from './openapi-document';

type ModuleRef = Type | DynamicModule | Promise<DynamicModule>;

/**
 * Every controller the HTTP app mounts, found by walking the app module's imports (not a
 * hand-kept list, which a new controller could slip past). Building the module tree opens
 * no connection: only `onModuleInit` would.
 */
function appControllers(): Type[] {
  const seen = new Set<unknown>();
  const controllers: Type[] = [];
  const visit = (ref: ModuleRef | undefined): void => {
    if (!ref || ref instanceof Promise || seen.has(ref)) {
      return;
    }
    seen.add(ref);
    const moduleClass = 'module' in ref ? ref.module : ref;
    const dynamic = 'module' in ref ? ref : undefined;
    controllers.push(...((Reflect.getMetadata(MODULE_METADATA.CONTROLLERS, moduleClass) as Type[] | undefined) ?? []), ...(dynamic?.controllers ?? []));
    for (const imported of [...((Reflect.getMetadata(MODULE_METADATA.IMPORTS, moduleClass) as ModuleRef[] | undefined) ?? []), ...((dynamic?.imports as ModuleRef[] | undefined) ?? [])]) {
      visit(imported);
    }
  };
  visit(AppModule.forRoot({} as AppConfig));
  return [...new Set(controllers)];
}

const CONTROLLERS = appControllers();

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
  it('finds the controllers of the app, staff ones included', () => {
    expect(CONTROLLERS.map((controller) => controller.name)).toEqual(
      expect.arrayContaining(['HealthController', 'ReservationsController', 'PlanningController', 'StaffLiveController', 'OpenApiController']),
    );
  });

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
