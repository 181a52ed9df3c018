/**
 * The manage token from the e-mail link's fragment (`#token=...`). It travels in the
 * fragment because browsers never send that part to a server: no access log sees it.
 */
export function manageTokenFrom(fragment: string | null | undefined): string | null {
  const token = new URLSearchParams((fragment ?? '').replace(/^#/, '')).get('token')?.trim();
  return token ? token : null;
}
