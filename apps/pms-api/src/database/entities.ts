import { HealthHeartbeatEntity } from '../health/health-heartbeat.entity';
import { PropertyEntity } from '../properties/property.entity';

/** Listed explicitly: the API is bundled, so path globs would find nothing at run time. */
export const ENTITIES = [HealthHeartbeatEntity, PropertyEntity];
