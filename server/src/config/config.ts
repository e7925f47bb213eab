import { z } from 'zod';
import path from 'node:path';
import { ROOT_DIR } from '../root-dir';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const regionList = z
  .string()
  .transform((v) =>
    v
      .split(',')
      .map((r) => r.trim().toUpperCase())
      .filter(Boolean),
  )
  .pipe(z.array(z.string().regex(/^[A-Z]{2}$/, 'expected two-letter region codes, e.g. BE,LU')));

function isKnownTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Every setting the server reads, with its default. Nothing else reads process.env. */
const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  SESSION_SECRET: z.string().min(32, 'use at least 32 characters').optional(),
  SESSION_TTL_HOURS: z.coerce
    .number()
    .positive()
    .max(24 * 30)
    .default(12),
  COOKIE_SECURE: bool.default(false),
  TRUST_PROXY: bool.default(false),
  SEED_DEMO: bool.default(true),
  DEMO_PASSWORD: z.string().min(1).default('demo'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  PHONE_DEFAULT_REGION: z
    .string()
    .regex(/^[A-Za-z]{2}$/)
    .transform((v) => v.toUpperCase())
    .default('FR'),
  PHONE_FALLBACK_REGIONS: regionList.default(['BE']),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'must start with redis:// or rediss://')
    .optional(),
  SOCKET_ADAPTER: z.enum(['auto', 'none', 'postgres', 'redis']).default('auto'),
  // Default: the client built beside this checkout (not under the current folder).
  CLIENT_DIST_DIR: z.string().min(1).optional(),
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).max(120_000).default(10_000),
  WRAP_UP_SECONDS: z.coerce.number().int().min(0).max(3600).default(120),
  BACKGROUND_JOBS: bool.default(true),
  OFFER_TIMEOUT_SECONDS: z.coerce.number().int().min(5).max(600).default(20),
  MAX_MISSED_OFFERS: z.coerce.number().int().min(1).max(20).default(3),
  OWNER_GRACE_SECONDS: z.coerce.number().int().min(0).max(3600).default(60),
  CTI_TOKEN: z
    .string()
    .min(16, 'use at least 16 characters')
    .max(200)
    .regex(/^[A-Za-z0-9._~-]+$/, 'letters, digits and . _ ~ - only')
    .optional(),
  CTI_SIGNING_SECRET: z.string().min(16).max(200).optional(),
  AMI_HOST: z.string().min(1).optional(),
  AMI_PORT: z.coerce.number().int().min(1).max(65535).default(5038),
  AMI_USER: z.string().min(1).optional(),
  AMI_SECRET: z.string().min(1).optional(),
  AMI_PBX_NAME: z.string().min(1).max(100).default('Asterisk'),
  CHAT_VISITOR_MESSAGES_PER_MINUTE: z.coerce.number().int().min(1).max(600).default(20),
  CHAT_CONVERSATIONS_PER_HOUR_PER_IP: z.coerce.number().int().min(1).max(100_000).default(10),
  CHAT_ALLOWED_ORIGINS: z
    .string()
    .transform((v) =>
      v
        .split(',')
        .map((o) => o.trim())
        .filter(Boolean),
    )
    .pipe(
      z.array(z.union([z.literal('*'), z.url({ protocol: /^https?$/ }).transform((u) => new URL(u).origin)])).min(1),
    )
    .default(['*']),
  CHAT_TIME_ZONE: z.string().min(1).refine(isKnownTimeZone, 'not a known IANA time zone').default('Europe/Paris'),
  AMI_TRANSFER_CONTEXT: z
    .string()
    .regex(/^[A-Za-z0-9_.-]{1,79}$/, 'a dialplan context name: letters, digits, _ . - only')
    .default('from-internal'),
  AMI_INTERNAL_CONTEXTS: z
    .string()
    .transform((v) =>
      v
        .split(',')
        .map((c) => c.trim())
        .filter(Boolean),
    )
    .optional(),
});

export type Env = z.input<typeof envSchema>;

export interface Config {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | null;
  sessionSecret: string | null;
  sessionTtlMs: number;
  cookieSecure: boolean;
  trustProxy: boolean;
  seedDemo: boolean;
  demoPassword: string;
  logLevel: string;
  phone: { defaultRegion: string; fallbackRegions: string[] };
  redisUrl: string | null;
  socketAdapter: 'none' | 'postgres' | 'redis';
  clientDistDir: string;
  shutdownGraceMs: number;
  /** After a call, the agent is made available again after this long (0: only when they finish). */
  wrapUpSeconds: number;
  /** Periodic work: routing passes, offer expiry, automatic wrap-up (tests drive them by hand). */
  backgroundJobs: boolean;
  /** An offer not answered within this long counts as declined. */
  offerTimeoutMs: number;
  /** After this many offers missed in a row, the agent is set away. */
  maxMissedOffers: number;
  /** A contact for a case with an owner is offered to that owner alone for this long, then to the queue. */
  ownerGraceMs: number;
  /** A PBX token registered at start (CTI_TOKEN), with its optional HMAC secret. */
  ctiToken: { token: string; signingSecret: string | null } | null;
  ami: {
    host: string;
    port: number;
    username: string;
    secret: string;
    pbxName: string;
    internalContexts: string[] | null;
    /** Dialplan context transferred calls are sent to, at the agent's extension. */
    transferContext: string;
  } | null;
  /** Web chat: visitor limits, which sites may embed the widget ('*' = any), transcript clock zone. */
  chat: {
    visitorMessagesPerMinute: number;
    conversationsPerHourPerIp: number;
    allowedOrigins: string[];
    timeZone: string;
  };
}

export class ConfigError extends Error {}

/** Parses the environment once, at start; a wrong value stops the server with a clear message. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n  ${lines.join('\n  ')}`);
  }
  const e = parsed.data;
  const adapter =
    e.SOCKET_ADAPTER === 'auto' ? (e.REDIS_URL ? 'redis' : e.DATABASE_URL ? 'postgres' : 'none') : e.SOCKET_ADAPTER;
  if (adapter === 'redis' && !e.REDIS_URL) throw new ConfigError('SOCKET_ADAPTER=redis needs REDIS_URL');
  if (adapter === 'postgres' && !e.DATABASE_URL) throw new ConfigError('SOCKET_ADAPTER=postgres needs DATABASE_URL');
  if (e.AMI_HOST && (!e.AMI_USER || !e.AMI_SECRET)) throw new ConfigError('AMI_HOST needs AMI_USER and AMI_SECRET');
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL ?? null,
    sessionSecret: e.SESSION_SECRET ?? null,
    sessionTtlMs: e.SESSION_TTL_HOURS * 3600_000,
    cookieSecure: e.COOKIE_SECURE,
    trustProxy: e.TRUST_PROXY,
    seedDemo: e.SEED_DEMO,
    demoPassword: e.DEMO_PASSWORD,
    logLevel: e.LOG_LEVEL,
    phone: { defaultRegion: e.PHONE_DEFAULT_REGION, fallbackRegions: e.PHONE_FALLBACK_REGIONS },
    redisUrl: e.REDIS_URL ?? null,
    socketAdapter: adapter,
    clientDistDir: e.CLIENT_DIST_DIR ? path.resolve(e.CLIENT_DIST_DIR) : path.join(ROOT_DIR, 'dist/client'),
    shutdownGraceMs: e.SHUTDOWN_GRACE_MS,
    wrapUpSeconds: e.WRAP_UP_SECONDS,
    backgroundJobs: e.BACKGROUND_JOBS,
    offerTimeoutMs: e.OFFER_TIMEOUT_SECONDS * 1000,
    maxMissedOffers: e.MAX_MISSED_OFFERS,
    ownerGraceMs: e.OWNER_GRACE_SECONDS * 1000,
    ctiToken: e.CTI_TOKEN ? { token: e.CTI_TOKEN, signingSecret: e.CTI_SIGNING_SECRET ?? null } : null,
    chat: {
      visitorMessagesPerMinute: e.CHAT_VISITOR_MESSAGES_PER_MINUTE,
      conversationsPerHourPerIp: e.CHAT_CONVERSATIONS_PER_HOUR_PER_IP,
      allowedOrigins: e.CHAT_ALLOWED_ORIGINS,
      timeZone: e.CHAT_TIME_ZONE,
    },
    ami:
      e.AMI_HOST && e.AMI_USER && e.AMI_SECRET
        ? {
            host: e.AMI_HOST,
            port: e.AMI_PORT,
            username: e.AMI_USER,
            secret: e.AMI_SECRET,
            pbxName: e.AMI_PBX_NAME,
            internalContexts: e.AMI_INTERNAL_CONTEXTS ?? null,
            transferContext: e.AMI_TRANSFER_CONTEXT,
          }
        : null,
  };
}
