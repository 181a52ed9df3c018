-- Follows the primary from its first transaction (GTID auto-positioning).
CHANGE REPLICATION SOURCE TO
  SOURCE_HOST = 'mysql-primary',
  SOURCE_USER = 'replicator',
  SOURCE_PASSWORD = 'replicator-local-only',
  SOURCE_AUTO_POSITION = 1,
  GET_SOURCE_PUBLIC_KEY = 1,
  SOURCE_CONNECT_RETRY = 5;
START REPLICA;
-- Read-only from now on (persisted: command-line flags would also bind the init scripts).
SET PERSIST super_read_only = ON;
