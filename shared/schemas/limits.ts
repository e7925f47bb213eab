/** Size limits shared by validation on both sides. */
export const LIMITS = {
  /** Largest JSON body the API accepts. */
  jsonBodyBytes: 256 * 1024,
  noteBody: 10_000,
  /** One chat message (visitor or agent). */
  chatMessage: 4_000,
  searchQuery: 200,
  email: 254,
  password: 200,
  name: 200,
  pageSizeMax: 100,
  pageSizeDefault: 30,
} as const;
