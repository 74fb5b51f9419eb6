import type { Command } from './admin/command.ts';
import { adminCommands } from './admin/commands.ts';
import type { Operation, Operations } from './admin/operation.ts';
import { adminOperations } from './admin/operations.ts';
import { assistedIntakeRoutes } from './assisted-intake/routes.ts';
import { auditCommands } from './audit-log/commands.ts';
import { auditOperations } from './audit-log/operations.ts';
import { sealAuditChain } from './audit-log/seal-chain.ts';
import { auditCheckpointJob } from './audit-log/take-checkpoint.ts';
import { authRoutes } from './auth/routes.ts';
import { backupCommands } from './backup/commands.ts';
import { backupOperations } from './backup/operations.ts';
import { callbackRoutes } from './callbacks/routes.ts';
import { campaignCommands } from './campaigns/commands.ts';
import { campaignOperations } from './campaigns/operations.ts';
import { campaignRoutes } from './campaigns/routes.ts';
import { caseRoutes } from './cases/routes.ts';
import { consoleRoutes } from './console-static/routes.ts';
import { rollupJob } from './dashboards/rollup-job.ts';
import { dashboardRoutes } from './dashboards/routes.ts';
import { demoCommands } from './demo/commands.ts';
import { demoOperations } from './demo/operations.ts';
import { dutyToWarnRoutes } from './duty-to-warn/routes.ts';
import { escalationJob } from './escalation/job.ts';
import { exportCommands } from './exports/commands.ts';
import { exportOperations } from './exports/operations.ts';
import { exportRoutes } from './exports/routes.ts';
import type { Feature } from './feature.ts';
import { followupRoutes } from './followup/routes.ts';
import { healthRoutes } from './health/routes.ts';
import { indexingJob } from './indexing/job.ts';
import { indicatorRoutes } from './indicators/routes.ts';
import { intakeRoutes } from './intake/routes.ts';
import { notificationJob } from './notifications/sweep.ts';
import { partnerOrgRoutes } from './partner-orgs/routes.ts';
import { seedPartnerOrgs } from './partner-orgs/seed.ts';
import { periodicReportCommands } from './periodic-reports/commands.ts';
import { periodicReportOperations } from './periodic-reports/operations.ts';
import { periodicReportRoutes } from './periodic-reports/routes.ts';
import { publicSiteRoutes } from './public-site/routes.ts';
import { referralRoutes } from './referrals/routes.ts';
import { registryCommands } from './registries/commands.ts';
import { registryOperations } from './registries/operations.ts';
import { seedSources } from './registries/repo.ts';
import { registryRoutes } from './registries/routes.ts';
import { retentionCommands } from './retention/commands.ts';
import { retentionJob } from './retention/job.ts';
import { retentionOperations } from './retention/operations.ts';
import { retentionRoutes } from './retention/routes.ts';
import { seedRetentionSettings } from './retention/schedule.ts';
import { seedSafetyChecklist } from './safety-plans/checklist.ts';
import { safetyPlanRoutes } from './safety-plans/routes.ts';
import { searchRoutes } from './search/routes.ts';
import { statsRoutes } from './stats/routes.ts';
import { storageCommands } from './storage/commands.ts';
import { storageOperations } from './storage/operations.ts';
import { seedSupportResources } from './support-resources/manage-resources.ts';
import { supportResourceRoutes } from './support-resources/routes.ts';
import { systemRoutes } from './system/routes.ts';
import { taxonomyRoutes } from './taxonomy/routes.ts';
import { seedTaxonomy } from './taxonomy/seed.ts';
import { triageRoutes } from './triage/routes.ts';
import { userCommands } from './users/commands.ts';
import { userOperations } from './users/operations.ts';
import { userRoutes } from './users/routes.ts';

/**
 * Every feature of FocalPoint and what it contributes — routes, seed data, background jobs, admin
 * operations, CLI commands — in one list. The app (app.ts), the boot (boot.ts), the admin socket and the CLI
 * read it; no feature registers anything elsewhere, and none registers another. Add a feature with one
 * entry. Order: routes are registered in this order (the public site and console last: they own the
 * catch-all paths).
 */
export const FEATURES: readonly Feature[] = [
  { name: 'health', routes: healthRoutes },
  { name: 'system', routes: systemRoutes },
  {
    // First among the seeds: an installation upgraded from the unkeyed chain is sealed before anything
    // else appends (audit-log/seal-chain.ts).
    name: 'audit',
    seed: sealAuditChain,
    jobs: (deps) => [auditCheckpointJob(deps)],
    operations: auditOperations,
    commands: auditCommands,
  },
  { name: 'admin', operations: adminOperations, commands: adminCommands },
  { name: 'taxonomy', routes: taxonomyRoutes, seed: (deps) => seedTaxonomy(deps.db) },
  { name: 'intake', routes: intakeRoutes },
  { name: 'indexing', jobs: (deps) => [indexingJob(deps)] },
  { name: 'followup', routes: followupRoutes },
  { name: 'auth', routes: authRoutes },
  { name: 'users', routes: userRoutes, operations: userOperations, commands: userCommands },
  { name: 'notifications', jobs: (deps) => [notificationJob(deps)] },
  { name: 'cases', routes: caseRoutes },
  { name: 'triage', routes: triageRoutes },
  {
    name: 'campaigns',
    routes: campaignRoutes,
    operations: campaignOperations,
    commands: campaignCommands,
  },
  { name: 'search', routes: searchRoutes },
  { name: 'indicators', routes: indicatorRoutes },
  { name: 'partner-orgs', routes: partnerOrgRoutes, seed: (deps) => seedPartnerOrgs(deps.db) },
  { name: 'referrals', routes: referralRoutes },
  // The front line: reports taken for someone, call-backs, escalation of immediate risk, safety plans,
  // support resources and the duty to warn.
  { name: 'assisted-intake', routes: assistedIntakeRoutes },
  { name: 'callbacks', routes: callbackRoutes },
  { name: 'escalation', jobs: (deps) => [escalationJob(deps)] },
  { name: 'safety-plans', routes: safetyPlanRoutes, seed: (deps) => seedSafetyChecklist(deps) },
  { name: 'support-resources', routes: supportResourceRoutes, seed: (deps) => seedSupportResources(deps) },
  { name: 'duty-to-warn', routes: dutyToWarnRoutes },
  {
    name: 'registries',
    routes: registryRoutes,
    seed: (deps) => seedSources(deps.db),
    operations: registryOperations,
    commands: registryCommands,
  },
  { name: 'stats', routes: statsRoutes },
  { name: 'exports', routes: exportRoutes, operations: exportOperations, commands: exportCommands },
  { name: 'dashboards', routes: dashboardRoutes, jobs: (deps) => [rollupJob(deps)] },
  {
    name: 'periodic-reports',
    routes: periodicReportRoutes,
    operations: periodicReportOperations,
    commands: periodicReportCommands,
  },
  {
    name: 'retention',
    routes: retentionRoutes,
    seed: seedRetentionSettings,
    jobs: (deps) => [retentionJob(deps)],
    operations: retentionOperations,
    commands: retentionCommands,
  },
  { name: 'backup', operations: backupOperations, commands: backupCommands },
  { name: 'storage', operations: storageOperations, commands: storageCommands },
  { name: 'demo', operations: demoOperations, commands: demoCommands },
  { name: 'public-site', routes: publicSiteRoutes },
  { name: 'console', routes: consoleRoutes },
];

/** Every admin operation of every feature, by name (the admin socket and the CLI run them). */
export function allOperations(features: readonly Feature[] = FEATURES): Operations {
  const table: Record<string, Operation> = {};
  for (const f of features) {
    for (const [name, op] of Object.entries(f.operations ?? {})) {
      if (table[name]) throw new Error(`two features define the operation ${name}`);
      table[name] = op;
    }
  }
  return table;
}

/** Every CLI command of every feature. */
export const allCommands = (features: readonly Feature[] = FEATURES): Command[] =>
  features.flatMap((f) => f.commands ?? []);
