import { todayInShanghai } from "@/lib/domain/dates";
import type { Tx } from "@/lib/server/tx";
import { seededRandom } from "./data/task-fates";
import type { SampleFile } from "./evidence-images";
import type { DemoCity } from "./seed-organisation";
import { seedLedger } from "./seed-ledger";
import { seedTasks } from "./seed-tasks";

type DemoUser = { user: { id: string; email: string } };

/**
 * The demo city's task list and ledgers, with dates relative to today (Asia/Shanghai) and every
 * text and choice from one seeded PRNG. The liaison is liaison@demo.local, the office office@demo.local.
 */
export async function seedTaskLedgers(
  tx: Tx,
  { city, departments }: DemoCity,
  context: { editionId: string; actionIds: readonly string[]; users: readonly DemoUser[]; evidence: { photos: SampleFile[]; pdfs: SampleFile[] } },
) {
  const userId = (email: string) => context.users.find(({ user }) => user.email === email)!.user.id;
  const officeUserId = userId("office@demo.local");
  const liaisonUserId = userId("liaison@demo.local");
  const byName = new Map(departments.map((department) => [department.name, department]));
  const departmentOf = (name: string) => {
    const department = byName.get(name);
    if (!department) throw new Error(`演示任务引用了不存在的单位：${name}`);
    return department;
  };
  const liaisonDepartmentId = departmentOf("市城管局").id;
  const today = todayInShanghai();
  const random = seededRandom(2026);
  const tasks = await seedTasks(tx, {
    cityId: city.id,
    editionId: context.editionId,
    actionIds: context.actionIds,
    departmentIdOf: (name) => departmentOf(name).id,
    leaderOf: (name) => departmentOf(name).leaderName ?? null,
    officeUserId,
    today,
    random,
  });
  const ledger = await seedLedger(tx, tasks, {
    cityId: city.id,
    today,
    random,
    officeUserId,
    writerOf: (departmentId) => (departmentId === liaisonDepartmentId ? liaisonUserId : officeUserId),
    liaison: { userId: liaisonUserId, departmentId: liaisonDepartmentId },
    evidence: context.evidence,
  });
  return { tasks: tasks.length, ...ledger };
}
