import { z } from 'zod';
import { LIMITS } from './limits';

export const identityKindSchema = z.enum(['phone', 'email', 'chat_visitor', 'account']);
export type IdentityKind = z.infer<typeof identityKindSchema>;

export const addressRoleSchema = z.enum(['billing', 'service', 'home']);
export type AddressRole = z.infer<typeof addressRoleSchema>;

export const customerKindSchema = z.enum(['person', 'company']);

/** Stated by the customer, never guessed (field note 2). */
export const salutationSchema = z.enum(['madame', 'monsieur']);

export const identitySchema = z.object({
  id: z.string(),
  kind: identityKindSchema,
  /** Normalised value: E.164 for phones, lower-case for emails. Raw text when a phone could not be parsed. */
  value: z.string(),
  /** As the customer or an agent wrote it. */
  rawValue: z.string(),
  /** False for a phone that could not be parsed as a real number (kept as typed, flagged). */
  valid: z.boolean(),
  verified: z.boolean(),
  primary: z.boolean(),
});
export type Identity = z.infer<typeof identitySchema>;

export const addressSchema = z.object({
  id: z.string(),
  role: addressRoleSchema,
  line1: z.string(),
  line2: z.string().nullable(),
  postalCode: z.string(),
  city: z.string(),
  country: z.string(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
});
export type Address = z.infer<typeof addressSchema>;

export const ownerSchema = z.object({
  kind: z.enum(['agent', 'queue']),
  id: z.string(),
  name: z.string(),
});
export type Owner = z.infer<typeof ownerSchema>;

export const caseStatusSchema = z.enum(['open', 'pending', 'closed']);
export const caseCategorySchema = z.enum(['request', 'incident', 'complaint', 'sales']);
export type CaseCategory = z.infer<typeof caseCategorySchema>;

export const caseSummarySchema = z.object({
  id: z.string(),
  subject: z.string(),
  status: caseStatusSchema,
  category: caseCategorySchema,
  priority: z.number().int(),
  dueAt: z.string().nullable(),
  overdue: z.boolean(),
  owner: ownerSchema.nullable(),
  createdAt: z.string(),
});
export type CaseSummary = z.infer<typeof caseSummarySchema>;

export const customerFlagSchema = z.discriminatedUnion('code', [
  z.object({
    code: z.literal('billing_address_mismatch'),
    billingAddressId: z.string(),
    newestAddressId: z.string(),
  }),
  z.object({ code: z.literal('open_complaint'), caseId: z.string() }),
]);
export type CustomerFlag = z.infer<typeof customerFlagSchema>;

export const customerSchema = z.object({
  id: z.string(),
  kind: customerKindSchema,
  displayName: z.string(),
  givenName: z.string().nullable(),
  familyName: z.string().nullable(),
  companyName: z.string().nullable(),
  salutation: salutationSchema.nullable(),
  preferredLanguage: z.string().nullable(),
  identities: z.array(identitySchema),
  addresses: z.array(addressSchema),
  openCases: z.array(caseSummarySchema),
  flags: z.array(customerFlagSchema),
  createdAt: z.string(),
});
export type Customer = z.infer<typeof customerSchema>;

export const customerSearchQuerySchema = z.strictObject({
  q: z.string().trim().min(1, 'type at least one character').max(LIMITS.searchQuery),
  limit: z.coerce.number().int().min(1).max(50).optional(),
});
export type CustomerSearchQuery = z.infer<typeof customerSearchQuerySchema>;

export const searchMatchSchema = z.enum(['phone', 'email', 'name', 'account']);
export type SearchMatch = z.infer<typeof searchMatchSchema>;

export const customerSearchHitSchema = z.object({
  id: z.string(),
  displayName: z.string(),
  matchedBy: searchMatchSchema,
  primaryPhone: z.string().nullable(),
  primaryEmail: z.string().nullable(),
  city: z.string().nullable(),
});
export type CustomerSearchHit = z.infer<typeof customerSearchHitSchema>;

export const customerSearchResponseSchema = z.object({ items: z.array(customerSearchHitSchema) });
export type CustomerSearchResponse = z.infer<typeof customerSearchResponseSchema>;

export const customerResponseSchema = z.object({ customer: customerSchema });
export type CustomerResponse = z.infer<typeof customerResponseSchema>;

/** "Create customer" from an unknown caller's card (or anywhere else). */
export const createCustomerRequestSchema = z
  .strictObject({
    givenName: z.string().trim().max(LIMITS.name).optional(),
    familyName: z.string().trim().max(LIMITS.name).optional(),
    companyName: z.string().trim().max(LIMITS.name).optional(),
    phone: z.string().trim().max(64).optional(),
    email: z.email().max(LIMITS.email).optional(),
  })
  .refine((v) => Boolean(v.familyName || v.companyName), {
    message: 'a family name or a company name is needed',
    path: ['familyName'],
  });
export type CreateCustomerRequest = z.infer<typeof createCustomerRequestSchema>;
