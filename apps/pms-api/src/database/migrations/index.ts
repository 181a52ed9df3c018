import { CreateHealthHeartbeat1795300000000 } from './1795300000000-create-health-heartbeat';
import { CreateProperties1795300000001 } from './1795300000001-create-properties';

/** In order. Listed explicitly because the API is bundled (no path globs at run time). */
export const MIGRATIONS = [CreateHealthHeartbeat1795300000000, CreateProperties1795300000001];
