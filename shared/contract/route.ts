import type { z } from 'zod';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * One HTTP route, declared once: the server mounts and validates it, the client calls it and
 * keys its cache on it, the tests parse its answers. `path` is express style (`/api/x/:id`).
 */
export interface RouteSpec {
  method: HttpMethod;
  path: string;
  /** Path parameters (`:id`…); required when the path has any. */
  params?: z.ZodType;
  query?: z.ZodType;
  /** No schema: the route reads no body (anything sent is ignored, as before). */
  body?: z.ZodType;
  /** The body may be left out entirely; the server then validates `{}`. */
  bodyOptional?: true;
  /** The success status. */
  status: number;
  /** Other success statuses the route may answer with the same response shape. */
  otherStatuses?: readonly number[];
  /** Null: no body (204). */
  response: z.ZodType | null;
}

/** Keeps the literal types of a route declaration (method, path, schemas). */
export function route<const S extends RouteSpec>(spec: S): S {
  return spec;
}

type SchemaOut<S> = S extends z.ZodType ? z.output<S> : undefined;
type SchemaIn<S> = S extends z.ZodType ? z.input<S> : undefined;

/** What the server's handler receives, parsed. */
export type ParamsOf<R extends RouteSpec> = SchemaOut<R['params']>;
export type QueryOf<R extends RouteSpec> = SchemaOut<R['query']>;
export type BodyOf<R extends RouteSpec> = SchemaOut<R['body']>;

/** What the server answers (before JSON) and what the client reads back; nothing (void) for a 204. */
// biome-ignore-start lint/suspicious/noConfusingVoidType: a route without a body answers nothing, which is what void says
export type ResponseIn<R extends RouteSpec> = R['response'] extends z.ZodType ? z.input<R['response']> : void;
export type ResponseOf<R extends RouteSpec> = R['response'] extends z.ZodType ? z.output<R['response']> : void;
// biome-ignore-end lint/suspicious/noConfusingVoidType: -

/** An object type with no fields: `NoFields extends T` holds when every field of T is optional. */
type NoFields = Record<never, never>;

/** Required when the schema needs something, optional when every field is. */
type Slot<K extends string, S> = S extends z.ZodType
  ? NoFields extends z.input<S>
    ? { [P in K]?: z.input<S> }
    : { [P in K]: z.input<S> }
  : { [P in K]?: never };

type BodySlot<R extends RouteSpec> = R['bodyOptional'] extends true
  ? { body?: SchemaIn<R['body']> }
  : Slot<'body', R['body']>;

/** What a caller sends: params, query and body as the schemas accept them. */
export type RouteInput<R extends RouteSpec> = Slot<'params', R['params']> & Slot<'query', R['query']> & BodySlot<R>;

/** The routes whose input may be left out entirely. */
export type InputArgs<R extends RouteSpec> =
  NoFields extends RouteInput<R> ? [input?: RouteInput<R>] : [input: RouteInput<R>];
