import { Get, Inject, Param } from '@nestjs/common';
import { propertySlugSchema, staffTopic } from '@pitchdesk/contracts';
import type { StaffLiveSubscription } from '@pitchdesk/contracts';
import { parseInput } from '../common/validation';
import { APP_CONFIG } from '../config/app-config';
import type { AppConfig } from '../config/app-config';
import { PropertiesService } from '../properties/properties.service';
import { StaffController } from '../staff-auth/staff-controller.decorator';
import { StaffRoles } from '../staff-auth/staff-roles.decorator';
import { subscriberToken } from './subscriber-token';

/** Long enough to connect; a console asks again whenever it reconnects. */
const SUBSCRIBER_TOKEN_SECONDS = 300;

/** Opens a property's private staff stream to signed-in staff, and to nobody else. */
@StaffController('staff/properties/:slug')
export class StaffLiveController {
  private readonly key: Uint8Array;

  constructor(
    private readonly properties: PropertiesService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.key = new TextEncoder().encode(config.PD_HUB_SUBSCRIBER_KEY);
  }

  @Get('live')
  @StaffRoles('admin', 'reception', 'read-only')
  async live(@Param('slug') slug: string): Promise<StaffLiveSubscription> {
    const property = await this.properties.get(parseInput(propertySlugSchema, slug, 'slug'));
    const topic = staffTopic(property.id);
    // Whole seconds, as the token's exp: the console may compare the two.
    const now = Math.floor(Date.now() / 1000) * 1000;
    return {
      topic,
      token: await subscriberToken(this.key, [topic], SUBSCRIBER_TOKEN_SECONDS, now),
      expiresAt: new Date(now + SUBSCRIBER_TOKEN_SECONDS * 1000).toISOString(),
    };
  }
}
