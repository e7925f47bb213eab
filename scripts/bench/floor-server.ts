import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { sql } from 'drizzle-orm';
import { Server } from 'socket.io';
import { ROOMS } from '@shared/events/socket-events';
import type { CallPop } from '@shared/schemas/call';
import { ctiWebhookBodySchema } from '@shared/schemas/cti';
import { formFieldsToObject } from '../../server/src/channels/cti/cti-webhook';
import type { Db } from '../../server/src/db/store';

/**
 * The irreducible work of a screen pop, as a bare handler: the same HTTP request is parsed and
 * validated like the CTI webhook, one row is committed in its own transaction, and a payload of
 * the same shape and size as a real pop (a pop captured from the real server, with this call's
 * id) is emitted to the ringing agent's room. No token lookup, no caller identification, no
 * customer card: those are what the real path adds on top of this floor.
 *
 * Sockets join `agent:<id>` from `auth.agentId` in the handshake (the real server authenticates
 * once per connection too, so per-pop cost is the same).
 */
export interface FloorServer {
  url: string;
  close(): Promise<void>;
}

export async function createFloorTable(db: Db): Promise<void> {
  await db.execute(
    sql`create table if not exists bench_floor(id bigserial primary key, call_id text, body jsonb, at timestamptz default now())`,
  );
}

/**
 * `template()` gives the payload to emit: the latest pop the real server sent, so the floor's
 * payload grows as real pops do (recent contacts accumulate); null refuses with 503.
 */
export async function startFloorServer(
  db: Db,
  agentIdByExtension: ReadonlyMap<string, string>,
  latestPop: () => CallPop | null,
): Promise<FloorServer> {
  await createFloorTable(db);
  const app = express();
  app.disable('x-powered-by');
  app.post('/floor/:token', express.raw({ type: () => true, limit: 32 * 1024 }), async (req, res) => {
    const raw: Buffer = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    const type = req.headers['content-type'] ?? '';
    const fields = /^application\/json\b/i.test(type)
      ? JSON.parse(raw.toString('utf8'))
      : formFieldsToObject(new URLSearchParams(raw.toString('utf8')));
    const parsed = ctiWebhookBodySchema.safeParse(fields);
    const template = latestPop();
    if (!parsed.success || !template) {
      res.status(parsed.success ? 503 : 400).json({});
      return;
    }
    const body = parsed.data;
    const users = body.user === undefined ? [] : Array.isArray(body.user) ? body.user : [body.user];
    await db.transaction(async (tx) => {
      await tx.execute(
        sql`insert into bench_floor(call_id, body) values (${body.callId}, ${JSON.stringify(body)}::jsonb)`,
      );
    });
    const rooms = users.flatMap((u) => {
      const id = agentIdByExtension.get(u);
      return id ? [ROOMS.agent(id)] : [];
    });
    if (rooms.length)
      io.to(rooms).emit('call.ringing', { ...template, call: { ...template.call, pbxCallId: body.callId } });
    res.status(200).json({});
  });

  const httpServer: HttpServer = createServer(app);
  const io = new Server(httpServer, { serveClient: false, maxHttpBufferSize: 64 * 1024 });
  io.on('connection', (socket) => {
    const agentId = (socket.handshake.auth as { agentId?: unknown }).agentId;
    if (typeof agentId === 'string') void socket.join(ROOMS.agent(agentId));
  });
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = httpServer.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        io.close(() => resolve());
        httpServer.closeAllConnections();
      }),
  };
}
