import type { FastifyInstance } from 'fastify';
import { hoistStaffGuards } from './auth/guard.ts';
import { authRoutes } from './auth/routes.ts';
import { campaignRoutes } from './campaigns/routes.ts';
import { caseRoutes } from './cases/routes.ts';
import { consoleRoutes } from './console-static/routes.ts';
import { dashboardRoutes } from './dashboards/routes.ts';
import type { AppDeps } from './deps.ts';
import { exportRoutes } from './exports/routes.ts';
import { followupRoutes } from './followup/routes.ts';
import { healthRoutes } from './health/routes.ts';
import { backgroundIndexer } from './indexing/worker.ts';
import { indicatorRoutes } from './indicators/routes.ts';
import { intakeRoutes } from './intake/routes.ts';
import { notificationSweeper } from './notifications/sweep.ts';
import { publicSiteRoutes } from './public-site/routes.ts';
import { referralRoutes } from './referrals/routes.ts';
import { searchRoutes } from './search/routes.ts';
import { statsRoutes } from './stats/routes.ts';
import { taxonomyRoutes } from './taxonomy/routes.ts';
import { userRoutes } from './users/routes.ts';

/** Every feature's routes, registered in one visible place. Add a feature with one line. */
export async function registerFeatureRoutes(app: FastifyInstance, deps: AppDeps) {
  hoistStaffGuards(app);
  await app.register(healthRoutes(deps));
  await app.register(intakeRoutes(deps));
  await app.register(followupRoutes(deps));
  await app.register(authRoutes(deps));
  await app.register(userRoutes(deps));
  await app.register(notificationSweeper(deps));
  await app.register(backgroundIndexer(deps));
  await app.register(caseRoutes(deps));
  await app.register(campaignRoutes(deps));
  await app.register(searchRoutes(deps));
  await app.register(indicatorRoutes(deps));
  await app.register(referralRoutes(deps));
  await app.register(statsRoutes(deps));
  await app.register(exportRoutes(deps));
  await app.register(dashboardRoutes(deps));
  await app.register(taxonomyRoutes(deps));
  await app.register(publicSiteRoutes(deps));
  await app.register(consoleRoutes(deps));
}
