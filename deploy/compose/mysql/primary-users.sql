-- Users of the docker-compose stack, created on the primary and replicated to the replica.
-- Local-only passwords: this file is for people running the stack on their own machine.
CREATE USER 'pitchdesk_rw'@'%' IDENTIFIED BY 'rw-local-only';
GRANT SELECT, INSERT, UPDATE, DELETE, LOCK TABLES, EXECUTE ON pitchdesk.* TO 'pitchdesk_rw'@'%';
CREATE USER 'pitchdesk_ro'@'%' IDENTIFIED BY 'ro-local-only';
GRANT SELECT ON pitchdesk.* TO 'pitchdesk_ro'@'%';
CREATE USER 'proxysql_monitor'@'%' IDENTIFIED BY 'monitor-local-only';
GRANT USAGE, REPLICATION CLIENT ON *.* TO 'proxysql_monitor'@'%';
CREATE USER 'replicator'@'%' IDENTIFIED BY 'replicator-local-only';
GRANT REPLICATION SLAVE ON *.* TO 'replicator'@'%';
