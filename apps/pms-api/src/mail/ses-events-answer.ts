import * as z from 'zod';

/** What POST /api/mail/ses-events did with a message SNS sent (SNS only looks at the status). */
export const sesEventsAnswerSchema = z.object({
  result: z.enum(['confirmed', 'unsubscribed', 'recorded', 'superseded', 'ignored', 'no-such-mail', 'ambiguous']),
});
export type SesEventsAnswer = z.infer<typeof sesEventsAnswerSchema>;
