const ROUND_KIND_LABELS: Record<string, string> = { WEEKLY: "周督查", MONTHLY: "月督查", MOCK: "模拟测评", SPECIAL: "专项督查" };
const PERIOD_KIND_LABELS = { ROUND: "各轮", MONTH: "月度", QUARTER: "季度", YEAR: "年度", CYCLE: "创建周期" } as const;

type Issue = { ownerName: string; issueYear: number; issueNumber: number };

// The default title of a publication, e.g. 嘉峪关市2026年第12期创文督查通报（第3轮 周督查）. The office
// may give its own; a correction says so in its default title.
function heading({ ownerName, issueYear, issueNumber }: Issue): string {
  return `${ownerName}${issueYear}年第${issueNumber}期创文督查通报`;
}

export function roundPublicationTitle(issue: Issue, round: { name: string; kind: string }): string {
  const label = ROUND_KIND_LABELS[round.kind];
  return `${heading(issue)}（${label ? `${round.name} ${label}` : round.name}）`;
}

export function periodPublicationTitle(issue: Issue, kind: keyof typeof PERIOD_KIND_LABELS, period: { start: string; end: string }): string {
  return `${heading(issue)}（${period.start} 至 ${period.end} ${PERIOD_KIND_LABELS[kind]}）`;
}

export function correctionTitle(title: string): string {
  return `${title}（更正）`;
}
