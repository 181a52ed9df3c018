/** One published update, as stored in the history and sent to subscribers. */
export interface Update {
  readonly id: string;
  /** The first topic is the canonical one; the others are alternates. */
  readonly topics: readonly string[];
  readonly data: string;
  readonly private: boolean;
  readonly type: string | undefined;
  readonly retry: number | undefined;
}
