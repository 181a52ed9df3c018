import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants.js';
import { RequestMethod } from '@nestjs/common';
import type { INestApplication } from '@nestjs/common';
import { MetadataScanner, ModulesContainer } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpApp } from '../../src/http-app';
import { STAFF_ROLES, STAFF_ROLES_KEY } from '../../src/staff-auth/staff-roles.decorator';
import type { StaffRole } from '../../src/staff-auth/staff-roles.decorator';
import { STAFF_SIGN_IN_KEY } from '../../src/staff-auth/staff-sign-in.decorator';
import { createStaffUser, StaffBrowser } from './support/staff-browser';
import { workerConfig } from './support/test-database';

interface DeclaredRoute {
  readonly key: string;
  readonly method: string;
  readonly path: string;
  readonly roles: readonly StaffRole[] | undefined;
  readonly signIn: boolean;
}

const asList = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : [String(value ?? '')]);
const joinPath = (...parts: string[]): string => `/${parts.filter((part) => part && part !== '/').join('/')}`.replace(/\/+/g, '/').replace(/(.)\/$/, '$1');

/** Every route the app's controllers declare, with the staff metadata the guard reads (handler over class). */
function declaredRoutes(app: INestApplication): DeclaredRoute[] {
  const scanner = new MetadataScanner();
  const routes: DeclaredRoute[] = [];
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as (new (...args: never[]) => object) | null;
      if (!controller) {
        continue;
      }
      const prototype = controller.prototype as Record<string, unknown>;
      for (const name of scanner.getAllMethodNames(prototype)) {
        const handler = prototype[name];
        if (typeof handler !== 'function' || !Reflect.hasMetadata(PATH_METADATA, handler)) {
          continue;
        }
        const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as number];
        const roles = (Reflect.getMetadata(STAFF_ROLES_KEY, handler) ?? Reflect.getMetadata(STAFF_ROLES_KEY, controller)) as StaffRole[] | undefined;
        const signIn = (Reflect.getMetadata(STAFF_SIGN_IN_KEY, handler) ?? Reflect.getMetadata(STAFF_SIGN_IN_KEY, controller)) === true;
        for (const base of asList(Reflect.getMetadata(PATH_METADATA, controller))) {
          for (const path of asList(Reflect.getMetadata(PATH_METADATA, handler))) {
            const full = joinPath('api', base, path);
            routes.push({ key: `${method} ${full}`, method, path: full, roles, signIn });
          }
        }
      }
    }
  }
  return routes;
}

const isStaffRoute = (route: DeclaredRoute): boolean => /^\/api\/staff(\/|$)/.test(route.path) || route.roles !== undefined || route.signIn;

/** A concrete URL for a route pattern: the guard answers before parameters are looked at. */
const concrete = (path: string): string =>
  path.replace(/:\w+(\([^)]*\))?\??/g, '00000000-0000-4000-8000-000000000000').replace(/\*/g, 'any').replace(/^\/api/, '');

const isWrite = (method: string): boolean => !['GET', 'HEAD', 'OPTIONS'].includes(method);

/** Calls a route as `browser` with an empty JSON body on writes (the guard answers before it is read). */
const probe = (browser: StaffBrowser, route: DeclaredRoute, csrf = true) =>
  browser.call(route.method, concrete(route.path), { ...(isWrite(route.method) && { body: {} }), csrf });

describe('every staff route of the running app (walked from its route table)', () => {
  let app: NestFastifyApplication;
  let baseUrl: string;
  const fastifyRoutes: string[] = [];
  let staffRoutes: DeclaredRoute[];
  const browsers = new Map<StaffRole, StaffBrowser>();

  beforeAll(async () => {
    app = await createHttpApp(await workerConfig({ PD_STAFF_SIGN_IN_PER_IP_PER_MINUTE: '100000' }));
    // Routes are registered during init, so this hook sees every one, whoever adds it.
    app
      .getHttpAdapter()
      .getInstance()
      .addHook('onRoute', (route) => {
        for (const method of asList(route.method)) {
          fastifyRoutes.push(`${method} ${route.url}`);
        }
      });
    await app.listen(0, '127.0.0.1');
    baseUrl = (await app.getUrl()).replace('[::1]', '127.0.0.1');
    staffRoutes = declaredRoutes(app).filter(isStaffRoute);
    for (const role of STAFF_ROLES) {
      const user = await createStaffUser(app, role);
      const browser = new StaffBrowser(baseUrl);
      expect((await browser.signIn(user.email, user.password)).status).toBe(200);
      browsers.set(role, browser);
    }
  });

  afterAll(async () => {
    await app.close();
  });

  const browserOf = (role: StaffRole): StaffBrowser => {
    const browser = browsers.get(role);
    if (!browser) {
      throw new Error(`no browser signed in as ${role}`);
    }
    return browser;
  };

  it('finds the staff routes, and every staff route Fastify serves is one the walk checks', () => {
    expect(staffRoutes.map((route) => route.key)).toEqual(
      expect.arrayContaining(['POST /api/staff/session', 'GET /api/staff/session', 'DELETE /api/staff/session', 'GET /api/staff/me']),
    );
    const walked = new Set(staffRoutes.map((route) => route.key));
    const served = fastifyRoutes.filter((route) => / \/api\/staff(\/|$)/.test(route) && !route.startsWith('HEAD '));
    expect(served.length).toBeGreaterThanOrEqual(staffRoutes.length);
    expect(served.filter((route) => !walked.has(route))).toEqual([]);
  });

  it('leaves exactly one staff route open without roles: signing in', () => {
    expect(staffRoutes.filter((route) => route.signIn).map((route) => route.key)).toEqual(['POST /api/staff/session']);
    const undeclared = staffRoutes.filter((route) => !route.signIn && (route.roles === undefined || route.roles.length === 0));
    expect(undeclared.map((route) => route.key)).toEqual([]);
    for (const route of staffRoutes) {
      expect(STAFF_ROLES).toEqual(expect.arrayContaining([...(route.roles ?? [])]));
    }
  });

  it('answers 401 SIGN_IN_REQUIRED to anonymous callers on every route but sign-in', async () => {
    const failures: string[] = [];
    for (const route of staffRoutes.filter((candidate) => !candidate.signIn)) {
      const answer = await probe(new StaffBrowser(baseUrl), route);
      if (answer.status !== 401 || answer.body.code !== 'SIGN_IN_REQUIRED') {
        failures.push(`${route.key}: ${answer.status} ${answer.body.code}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('answers 403 ROLE_FORBIDDEN to every role a route does not list', async () => {
    const failures: string[] = [];
    let checked = 0;
    for (const route of staffRoutes.filter((candidate) => !candidate.signIn)) {
      for (const role of STAFF_ROLES.filter((candidate) => !route.roles?.includes(candidate))) {
        const answer = await probe(browserOf(role), route);
        checked += 1;
        if (answer.status !== 403 || answer.body.code !== 'ROLE_FORBIDDEN') {
          failures.push(`${route.key} as ${role}: ${answer.status} ${answer.body.code}`);
        }
      }
    }
    expect(failures).toEqual([]);
    // At least the admin-only revocation route was tried with the two other roles.
    expect(checked).toBeGreaterThanOrEqual(2);
  });

  it('refuses every staff write without the CSRF token, even for a role it allows', async () => {
    const failures: string[] = [];
    const writes = staffRoutes.filter((route) => !route.signIn && isWrite(route.method));
    for (const route of writes) {
      const role = route.roles?.[0] ?? 'admin';
      const answer = await probe(browserOf(role), route, false);
      if (answer.status !== 403 || answer.body.code !== 'CSRF_REJECTED') {
        failures.push(`${route.key} as ${role}: ${answer.status} ${answer.body.code}`);
      }
    }
    expect(failures).toEqual([]);
    expect(writes.length).toBeGreaterThanOrEqual(2);
  });
});
