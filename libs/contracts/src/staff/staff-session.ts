import * as z from 'zod';

/** What a staff member may do: admin (everything), reception (run the day), read-only (look). */
export const STAFF_ROLE_NAMES = ['admin', 'reception', 'read-only'] as const;
export const staffRoleSchema = z.enum(STAFF_ROLE_NAMES);
export type StaffRoleName = z.infer<typeof staffRoleSchema>;

/**
 * Header that carries the session's CSRF token on every staff write (POST, PUT, PATCH,
 * DELETE). The token comes from the sign-in answer or `GET /api/staff/session`.
 */
export const STAFF_CSRF_HEADER = 'x-csrf-token';

/** A staff user's id (path parameter of the staff user routes). */
export const staffUserIdSchema = z.uuid();

/** A staff user as the console shows them. A role applies to every property of the stack. */
export const staffMemberSchema = z.object({
  id: staffUserIdSchema,
  name: z.string().min(1).max(160),
  email: z.email().max(254),
  role: staffRoleSchema,
});
export type StaffMember = z.infer<typeof staffMemberSchema>;

/** `POST /api/staff/session`. E-mail addresses are compared trimmed and lowercased. */
export const signInRequestSchema = z.object({
  email: z.string().trim().toLowerCase().max(254).pipe(z.email('expected an e-mail address such as anna@example.org')),
  // Bounded: a megabyte of "password" would cost the hash function, not the caller.
  password: z.string().min(1, 'enter your password').max(1024),
});
export type SignInRequestBody = z.input<typeof signInRequestSchema>;

/** Answer of sign-in and of `GET /api/staff/session`. */
export const staffSessionSchema = z.object({
  staff: staffMemberSchema,
  /** Send it back in the `X-CSRF-Token` header on every write; it lives as long as the session. */
  csrfToken: z.string().min(32),
  /** The session ends then at the latest, however active; it ends earlier after idle time. */
  expiresAt: z.iso.datetime(),
});
export type StaffSession = z.infer<typeof staffSessionSchema>;
