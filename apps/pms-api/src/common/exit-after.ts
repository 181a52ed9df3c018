/**
 * Sets the exit code and lets the process end by itself, so buffered log lines on a pipe
 * are flushed (process.exit() can cut them off). A handle left open by mistake would keep
 * a one-off task alive forever, so a forced exit follows after a grace period.
 */
export function exitAfter(code: number, graceMs = 10_000): void {
  process.exitCode = code;
  setTimeout(() => process.exit(code), graceMs).unref();
}
