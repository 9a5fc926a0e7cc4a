import { z } from 'zod';

const part = z.string().regex(/^[^/\s]{1,100}$/, 'must be one X-Road identifier part (no "/" or spaces)');
const subsystemId = z
  .string()
  .regex(/^[^/\s]+\/[^/\s]+\/[^/\s]+\/[^/\s]+$/, 'must be INSTANCE/CLASS/MEMBER/SUBSYSTEM');
const serviceId = z
  .string()
  .regex(/^[^/\s]+\/[^/\s]+\/[^/\s]+\/[^/\s]+\/[^/\s]+$/, 'must be INSTANCE/CLASS/MEMBER/SUBSYSTEM/SERVICE');
const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', '*'] as const;

/** One method and path pattern: `*` matches one path segment, `**` the rest of the path. */
export const endpointSchema = z.object({
  method: z.enum(METHODS),
  path: z.string().regex(/^\/[^\s?#]*$/, 'must start with "/"'),
});

export const memberSchema = z.object({
  instance: part,
  class: part,
  code: part,
  name: z.string().min(1).max(200),
});

export const subsystemSchema = z.object({
  id: subsystemId,
  name: z.string().min(1).max(200),
  /** The role the provider's caller headers state for this client (population's x-caller-role). */
  callerRole: z.string().min(1).max(40).default('public-service'),
  /** SHA-256 (hex) of each API key the subsystem may present in `x-road-api-key`. */
  apiKeyHashes: z.array(z.string().regex(/^[0-9a-f]{64}$/)).default([]),
  /** VNeID OAuth2 clients (client credentials) whose tokens authenticate this subsystem. */
  oauthClientIds: z.array(z.string().min(1)).default([]),
  /** Calls per rate window; the gateway's default when unset. */
  rateLimit: z.number().int().min(1).optional(),
  /** A gateway (LGSP) forwarding for its own clients: its represented party and caller role are trusted. */
  gateway: z.boolean().default(false),
});

export const serviceSchema = z.object({
  id: serviceId,
  name: z.string().min(1).max(200),
  /** Provider URL the path below the service is appended to; `${VAR}` names an environment URL. */
  url: z.string().min(1),
  /** `ndxp`: the provider is the national gateway, called as an X-Road client (two tiers). */
  via: z.enum(['direct', 'ndxp']).default('direct'),
  /** Returns personal data: X-Road-UserId and X-Road-Issue are required. */
  personalData: z.boolean().default(false),
  /** Price per successful call in VND (the reports: 550 đồng per lookup). */
  costVnd: z.number().int().min(0).default(0),
  /** Lookups answered from the response cache for this long; absent: not cached. */
  cacheTtlSeconds: z.number().int().min(1).max(86_400).optional(),
  /** POST endpoints that are lookups (no state change), so cacheable like GET. */
  lookupPosts: z.array(z.string().regex(/^\/[^\s?#]*$/)).default([]),
  /** What listMethods shows. */
  endpoints: z.array(endpointSchema).min(1),
});

export const rightSchema = z.object({
  client: subsystemId,
  service: serviceId,
  endpoints: z.array(endpointSchema).min(1),
});

export const registryDocumentSchema = z.object({
  members: z.array(memberSchema).default([]),
  subsystems: z.array(subsystemSchema).default([]),
  services: z.array(serviceSchema).default([]),
  rights: z.array(rightSchema).default([]),
});

export type Endpoint = z.output<typeof endpointSchema>;
export type MemberEntry = z.output<typeof memberSchema>;
export type SubsystemEntry = z.output<typeof subsystemSchema>;
export type ServiceEntry = z.output<typeof serviceSchema>;
export type RightEntry = z.output<typeof rightSchema>;
export type RegistryDocument = z.output<typeof registryDocumentSchema>;

/** A subsystem added at run time: the admin API takes plain API keys and stores only their hashes. */
export const newSubsystemSchema = subsystemSchema.omit({ apiKeyHashes: true }).extend({
  apiKeys: z.array(z.string().min(16, 'an API key has at least 16 characters')).default([]),
});
