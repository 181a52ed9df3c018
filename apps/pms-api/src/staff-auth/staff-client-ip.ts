import { Inject, Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { APP_CONFIG } from '../config/app-config';
import type { AppConfig } from '../config/app-config';
import { clientIp } from './client-ip';

/** The caller's address for sign-in limits, through the configured number of proxies. */
@Injectable()
export class StaffClientIp {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  of(request: FastifyRequest): string {
    return clientIp(request.socket.remoteAddress ?? request.ip, request.headers['x-forwarded-for'], this.config.PD_TRUSTED_PROXY_HOPS);
  }
}
