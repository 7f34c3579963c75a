import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyServerOptions } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { AppError } from '../core/errors.js';
import type { PublicKeyDescription, SigningKey } from '../audit/signing/signing-key.js';
import type { DatabaseKind } from '../db/database.js';
import type { ServiceContext } from '../services/context.js';
import type { AppInstance } from './app-instance.js';
import { errorHandler } from './error-handler.js';
import type { PrincipalResolver } from './request-principal.js';
import { registerAgreementRoutes } from './routes/agreements.routes.js';
import { registerAuditRoutes } from './routes/audit.routes.js';
import { registerAssessmentRoutes } from './routes/assessments.routes.js';
import { registerCaseRoutes } from './routes/cases.routes.js';
import { registerCaseFactRoutes } from './routes/case-facts.routes.js';
import { registerRuleSetRoutes } from './routes/rulesets.routes.js';
import { registerTransitionRoutes } from './routes/transitions.routes.js';
import { registerCountryRoutes } from './routes/countries.routes.js';
import { registerDocumentRoutes } from './routes/documents.routes.js';
import { registerCaseDocumentRoutes } from './routes/case-documents.routes.js';
import { registerNoticeRoutes } from './routes/notices.routes.js';
import { registerHealthRoutes } from './routes/health.routes.js';
import { registerLedgerRoutes } from './routes/ledger.routes.js';
import { registerPeopleRoutes } from './routes/people.routes.js';
import { registerWebRoutes } from './routes/web.routes.js';
import { registerSessionRoutes } from './routes/session.routes.js';
import { registerUserRoutes } from './routes/users.routes.js';
import { registerTransferRoutes } from './routes/transfers.routes.js';
import { registerReportRoutes } from './routes/reports.routes.js';
import { registerImportExportRoutes } from './routes/import-export.routes.js';
import { registerAuthentication } from './authentication.js';
import { registerSecurityHeaders } from './security-headers.js';

export interface ServerOptions {
  readonly services: ServiceContext;
  readonly databaseKind: DatabaseKind;
  /** Tests fix the caller; without it, callers sign in (session cookie) or send an API token. */
  readonly resolvePrincipal?: PrincipalResolver;
  /** Mark the session cookie Secure (when served behind TLS). */
  readonly secureCookies?: boolean;
  /** Public half of the audit tree-head key, published at /api/audit/key (absent: 404 there). */
  readonly auditKey?: PublicKeyDescription | null;
  /** The server key that signs locked transfer manifests (absent: locking answers 503). */
  readonly signingKey?: SigningKey | null;
  readonly logger: FastifyServerOptions['logger'];
  readonly bodyLimitBytes?: number;
  readonly version?: string;
}

/**
 * Builds the HTTP application: zod-validated routes that also produce the
 * OpenAPI 3.1 document (/openapi.json, interactive docs at /docs), one error
 * shape for every failure, and the principal attached before any handler.
 */
export async function buildServer(options: ServerOptions): Promise<AppInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: options.bodyLimitBytes ?? 1_048_576,
    return503OnClosing: true,
    // Router failures (over-long path parameter, bad percent-encoding) leave in the one error shape too.
    frameworkErrors: (error, request, reply) => errorHandler(error, request, reply),
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('services', options.services);
  app.decorate('databaseKind', options.databaseKind);
  app.decorateRequest('principal', null as unknown as never);
  app.setErrorHandler(errorHandler);
  app.setNotFoundHandler((request, reply) => {
    errorHandler(new AppError('route_not_found', `no route ${request.method} ${request.url.split('?')[0] ?? ''}`, {}), request, reply);
  });

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Waypoint API',
        version: options.version ?? '0.1.0',
        description:
          'Third-country relocation case system. Every error has the shape {"error":{"code","message","details"}}. Updates need If-Match with the ETag read.',
      },
      tags: [
        { name: 'health' },
        { name: 'session' },
        { name: 'users' },
        { name: 'people' },
        { name: 'cases' },
        { name: 'case facts' },
        { name: 'safeguards' },
        { name: 'rulesets' },
        { name: 'agreements' },
        { name: 'ledger' },
        { name: 'assessments' },
        { name: 'countries' },
        { name: 'audit' },
        { name: 'transfers' },
        { name: 'documents' },
        { name: 'notices' },
        { name: 'reports' },
        { name: 'import-export' },
      ],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/docs', uiConfig: { deepLinking: true } });

  app.addHook('onSend', (request, reply, payload, done) => {
    void reply.header('x-content-type-options', 'nosniff');
    if (request.url.startsWith('/api/')) void reply.header('cache-control', 'no-store');
    void reply.header('referrer-policy', 'no-referrer');
    void reply.header('x-frame-options', 'DENY');
    done(null, payload);
  });

  registerSecurityHeaders(app, { behindTls: options.secureCookies ?? false });
  await registerAuthentication(app, { resolvePrincipal: options.resolvePrincipal, secureCookies: options.secureCookies ?? false });

  app.get('/openapi.json', { schema: { hide: true }, config: { public: true } }, () => app.swagger());

  registerHealthRoutes(app);
  registerSessionRoutes(app, { secureCookies: options.secureCookies ?? false });
  registerUserRoutes(app);
  registerCountryRoutes(app);
  registerPeopleRoutes(app);
  registerCaseRoutes(app);
  registerCaseFactRoutes(app);
  registerTransitionRoutes(app);
  registerRuleSetRoutes(app);
  registerAgreementRoutes(app);
  registerAuditRoutes(app, { publicKey: options.auditKey ?? null });
  registerLedgerRoutes(app);
  registerAssessmentRoutes(app);
  registerTransferRoutes(app, { signingKey: options.signingKey ?? null });
  registerReportRoutes(app);
  registerImportExportRoutes(app);
  registerDocumentRoutes(app);
  registerCaseDocumentRoutes(app);
  registerNoticeRoutes(app);
  await registerWebRoutes(app);
  return app;
}
