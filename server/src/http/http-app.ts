import express, { type Express } from 'express';
import { LIMITS } from '@shared/schemas/limits';
import type { Logger } from '../log/logger';
import type { Store } from '../db/store';
import type { Services } from '../services/services';
import { createHealthService } from '../services/health.service';
import { loadSession } from './middleware/auth';
import { apiNotFound, errorHandler, requireJsonForWrites } from './middleware/errors';
import { requestLog } from './middleware/request-log';
import { securityHeaders } from './middleware/security-headers';
import { compress } from './middleware/compress';
import { agentsRoutes } from './routes/agents.routes';
import { authRoutes } from './routes/auth.routes';
import { customersRoutes } from './routes/customers.routes';
import { callsRoutes } from './routes/calls.routes';
import { casesRoutes } from './routes/cases.routes';
import { routingRoutes } from './routes/routing.routes';
import { adminTelephonyRoutes } from './routes/admin-telephony.routes';
import { ctiRoutes } from './routes/cti.routes';
import { healthRoutes } from './routes/health.routes';
import { meRoutes } from './routes/me.routes';
import { adminRoutingRoutes } from './routes/admin-routing.routes';
import { adminCannedRepliesRoutes } from './routes/admin-canned-replies.routes';
import { serveClient } from './static-client';
import { widgetRoutes } from './routes/widget.routes';
import { chatsRoutes } from './routes/chats.routes';
import { widgetCors } from './middleware/widget-cors';
import { serveWidget } from './widget/widget-page';

export interface HttpAppDeps {
  services: Services;
  store: Store;
  logger: Logger;
  version: string;
  startedAt: number;
  cookieSecure: boolean;
  trustProxy: boolean;
  clientDistDir: string;
  /** Sites allowed to embed the chat widget ('*' for any). */
  chatAllowedOrigins: string[];
}

/** Everything under `/api`: every route in it comes from the contract (`shared/contract`). */
export function createApiRouter(deps: Omit<HttpAppDeps, 'trustProxy' | 'clientDistDir'>): express.Router {
  const api = express.Router();
  api.use(requestLog(deps.logger));
  // The chat widget's public API answers other sites (CORS, preflights) before any other rule.
  api.use('/widget', widgetCors(deps.chatAllowedOrigins));
  // PBXs authenticate with their URL token and may post forms: before the JSON-only rule.
  api.use(ctiRoutes({ pbx: deps.services.pbx, calls: deps.services.calls }));
  api.use(requireJsonForWrites);
  api.use(express.json({ limit: LIMITS.jsonBodyBytes, strict: true }));
  api.use(loadSession(deps.services.auth));
  api.use(
    healthRoutes({
      health: createHealthService({
        db: deps.store.db,
        storeKind: deps.store.kind,
        version: deps.version,
        startedAt: deps.startedAt,
      }),
    }),
  );
  api.use(authRoutes({ auth: deps.services.auth, cookieSecure: deps.cookieSecure }));
  api.use(meRoutes({ agents: deps.services.agents }));
  api.use(agentsRoutes({ agents: deps.services.agents }));
  api.use(customersRoutes(deps.services));
  api.use(callsRoutes({ callDesk: deps.services.callDesk }));
  api.use(casesRoutes(deps.services));
  api.use(routingRoutes(deps.services));
  api.use(adminTelephonyRoutes(deps.services));
  api.use(adminRoutingRoutes(deps.services));
  api.use(adminCannedRepliesRoutes(deps.services));
  api.use(widgetRoutes(deps.services));
  api.use(chatsRoutes(deps.services));
  api.use(apiNotFound);
  api.use(errorHandler(deps.logger));
  return api;
}

export function createHttpApp(deps: HttpAppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', deps.trustProxy);
  app.set('query parser', 'simple');
  app.use(securityHeaders);
  app.use(compress);

  app.use('/api', createApiRouter(deps));

  serveWidget(app, { clientDistDir: deps.clientDistDir, allowedOrigins: deps.chatAllowedOrigins });
  if (!serveClient(app, deps.clientDistDir)) {
    deps.logger.warn({ dir: deps.clientDistDir }, 'client not built: run `npm run build` (npm start does it)');
  }
  app.use(errorHandler(deps.logger));
  return app;
}
