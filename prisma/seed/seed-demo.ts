import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { writeAuditEntry } from "@/lib/server/audit/write-audit-entry";
import type { Tx } from "@/lib/server/tx";
import { storeSampleEvidence } from "./evidence-images";
import { readSampleEditionSource } from "./load-sample-edition";
import { seedAccounts } from "./seed-accounts";
import { seedCitizenReports } from "./seed-citizen-reports";
import { seedIndicators } from "./seed-indicators";
import { DEMO_PROVINCE_CODE, seedOrganisation } from "./seed-organisation";
import { seedPlans } from "./seed-plans";
import { seedPublications } from "./seed-publications";
import { seedRounds } from "./seed-rounds";
import { seedSites } from "./seed-sites";
import { seedTaskLedgers } from "./seed-task-ledgers";

/**
 * Seeds the demo province once: cities, departments, the sample edition and the demo city's
 * cycle, plans, sites, the demo accounts, inspection rounds and their publications, citizen reports. Everything is one transaction, so a failed seed
 * leaves nothing behind and the next start tries again; an existing demo province means done.
 */
export async function seedDemo({ password }: { password: string }): Promise<{ created: boolean }> {
  const client = db();
  if (await client.province.findUnique({ where: { code: DEMO_PROVINCE_CODE } })) return { created: false };
  // argon2 is slow by design: one hash serves every demo account.
  const passwordHash = await hashPassword(password);
  const source = readSampleEditionSource();
  // Content-addressed, so writing the sample evidence before the transaction is harmless if it fails.
  const evidence = await storeSampleEvidence();
  return client.$transaction(
    async (transaction) => {
      const tx = transaction as Tx;
      if (await tx.province.findUnique({ where: { code: DEMO_PROVINCE_CODE } })) return { created: false };
      const org = await seedOrganisation(tx);
      const { edition, cycle } = await seedIndicators(tx, org.jiayuguan, source);
      const plan = await seedPlans(tx, cycle.id, cycle.endYear);
      const sites = await seedSites(tx, org.jiayuguan);
      const users = await seedAccounts(tx, org, passwordHash);
      const actionIds = [...plan.actions].sort((a, b) => a.sortOrder - b.sortOrder).map((action) => action.id);
      const ledgers = await seedTaskLedgers(tx, org.jiayuguan, { editionId: edition.id, actionIds, users, evidence });
      const rounds = await seedRounds(tx, org, { editionId: edition.id, users, photos: evidence.photos });
      const publications = await seedPublications(tx, org, users);
      // After the publications: reports' findings are due from today on and change no published figure.
      const officeUserId = users.find(({ user }) => user.email === "office@demo.local")!.user.id;
      const citizenReports = await seedCitizenReports(tx, org, { officeUserId, photos: evidence.photos });
      await writeAuditEntry(tx, null, {
        action: "seed.demo",
        entityType: "Province",
        entityId: org.province.id,
        after: {
          province: org.province.name,
          cities: [org.jiayuguan.city.slug, org.zhangye.city.slug, org.jiuquan.city.slug],
          edition: edition.code,
          cycleId: cycle.id,
          annualPlanId: plan.annualPlan.id,
          sites: sites.length,
          ...ledgers,
          inspections: rounds,
          publications,
          citizenReports,
          users: users.map(({ user }) => user.email),
        },
      });
      return { created: true };
    },
    // Thousands of checks and their findings on a busy 2-core machine take tens of seconds.
    { maxWait: 10_000, timeout: 180_000 },
  );
}
