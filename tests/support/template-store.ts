import { randomBytes } from 'node:crypto';
import { readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { migrateStore, openStore } from '../../server/src/db/store';

/**
 * One migrated template store per test run, built by Jest's globalSetup and copied by every test
 * file, instead of each file migrating a store of its own (3-3.5 s for a fresh PGlite; loading a
 * dump costs about 0.5 s). The globalSetup runs in Jest's parent process before the workers start,
 * so environment variables set there reach every worker. Without them (a bench, a script, a
 * store.test that migrates on purpose) stores are migrated as before.
 */
const PGLITE_DUMP = 'OMNIDESK_TEST_PGLITE_TEMPLATE';
const PG_TEMPLATE = 'OMNIDESK_TEST_PG_TEMPLATE';
const PG_SERVER = 'OMNIDESK_TEST_PG_TEMPLATE_SERVER';

/** Runs one statement on a server-level connection (create/drop database cannot run in a pool's transaction). */
export async function adminQuery(serverUrl: string, statement: string): Promise<void> {
  const { Client } = await import('pg');
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

export function databaseUrlOf(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Builds the template (PGlite dump to a temp file, or a template database) and announces it. */
export async function buildTemplateStore(serverUrl: string | null): Promise<void> {
  if (!serverUrl) {
    const store = await openStore({ databaseUrl: null, pgliteDir: 'memory' });
    try {
      await migrateStore(store);
      const dump = await store.dump!();
      const file = path.join(os.tmpdir(), `omnidesk-template-${process.pid}-${randomBytes(4).toString('hex')}.tar`);
      await writeFile(file, Buffer.from(await dump.arrayBuffer()));
      process.env[PGLITE_DUMP] = file;
    } finally {
      await store.close();
    }
    return;
  }
  const name = `tpl_${randomBytes(6).toString('hex')}`;
  await adminQuery(serverUrl, `create database ${name}`);
  try {
    const store = await openStore({ databaseUrl: databaseUrlOf(serverUrl, name), pgliteDir: 'memory' });
    // Closed before any copy: no connection may stay open on a template while databases are made from it.
    try {
      await migrateStore(store);
    } finally {
      await store.close();
    }
  } catch (error) {
    await adminQuery(serverUrl, `drop database if exists ${name} with (force)`);
    throw error;
  }
  process.env[PG_TEMPLATE] = name;
  process.env[PG_SERVER] = serverUrl;
}

export async function removeTemplateStore(): Promise<void> {
  const file = process.env[PGLITE_DUMP];
  if (file) await rm(file, { force: true });
  const name = process.env[PG_TEMPLATE];
  const server = process.env[PG_SERVER];
  if (name && server) await adminQuery(server, `drop database if exists ${name} with (force)`);
  delete process.env[PGLITE_DUMP];
  delete process.env[PG_TEMPLATE];
  delete process.env[PG_SERVER];
}

/** The migrated PGlite of this run, or null when no template was built. */
export async function pgliteTemplate(): Promise<Blob | null> {
  const file = process.env[PGLITE_DUMP];
  return file ? new Blob([await readFile(file)]) : null;
}

/** The template database to copy on this server, or null when none was built for it. */
export function postgresTemplate(serverUrl: string): string | null {
  const name = process.env[PG_TEMPLATE];
  return name && process.env[PG_SERVER] === serverUrl ? name : null;
}
