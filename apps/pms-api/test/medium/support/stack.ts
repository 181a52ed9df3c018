// The local stack's control functions, under one name for the medium tests.
export {
  readStackEnv,
  startReplication,
  startService,
  stopReplication,
  stopService,
  waitForReplicaCatchUp,
} from '@pitchdesk/local-stack';
export type { ServiceName } from '@pitchdesk/local-stack';
