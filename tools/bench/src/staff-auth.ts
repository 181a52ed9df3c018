/**
 * SEAM (staff auth): the headers that make the bench a signed-in staff member for the
 * staff routes it measures. Signs in as the demo campsite's reception user (seed-demo
 * creates it; credentials as in apps/pms-api/src/demo/demo-staff.ts) and sends the
 * session cookie. An API without staff sign-in (404) gets no headers: the routes are
 * then unguarded. Any other refusal fails the run, rather than measuring 401 answers.
 * GETs need no CSRF token; a scenario that writes would add `x-csrf-token` from the answer.
 */
export async function staffAuthHeaders(apiUrl: string): Promise<Record<string, string>> {
  const response = await fetch(new URL('/api/staff/session', apiUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'reception@demo.pitchdesk.localhost', password: 'demo-reception-pass' }),
    signal: AbortSignal.timeout(10_000),
  });
  const text = await response.text();
  if (response.status === 404) {
    return {};
  }
  const session = response.headers.getSetCookie().map((cookie) => /^pd_session=([^;]+)/.exec(cookie)?.[1]).find(Boolean);
  if (response.status !== 200 || !session) {
    throw new Error(`staff sign-in for the bench answered ${response.status}: ${text.slice(0, 200)}`);
  }
  return { cookie: `pd_session=${session}` };
}
