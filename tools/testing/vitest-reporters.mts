// Every suite reports to the console, and also writes a JSON report when the
// test command asks for one (PD_REPORT_DIR), so that `npm test` can total all
// suites into one `N passed, N failed` line.
type ReporterEntry = string | [string, Record<string, unknown>];

export function suiteReporters(suiteName: string): ReporterEntry[] {
  const reportDir = process.env['PD_REPORT_DIR'];
  if (!reportDir) {
    return ['default'];
  }
  return ['default', ['json', { outputFile: `${reportDir}/${suiteName}.json` }]];
}
