/** The actor of changes a guest makes online (booking, cancelling), in staff events and audit. */
export const GUEST_ACTOR = 'guest';
