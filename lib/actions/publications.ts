"use server";
import { correctProvincePublication } from "@/lib/server/publications/correct-province-publication";
import { correctPublication } from "@/lib/server/publications/correct-publication";
import { previewProvincePublication } from "@/lib/server/publications/preview-province-publication";
import { previewPublication } from "@/lib/server/publications/preview-publication";
import { publishProvincePublication } from "@/lib/server/publications/publish-province-publication";
import { publishPublication } from "@/lib/server/publications/publish-publication";
import { toPreviewView } from "@/components/publications/preview-view";
import { refreshOnSuccess } from "./refresh-on-success";
import { runAction } from "./run-action";

// 发布 and 更正 from the console. Each publication's page is where the user goes next, so a success answers
// with its address; the previews answer with the figures the panel shows (never the whole calculator input).

type CityTarget = { kind: "ROUND"; roundId: string } | { kind: "MONTH" | "QUARTER" | "YEAR" | "CYCLE"; periodStart: string; periodEnd: string };
type ProvinceTarget = { kind: "ROUND" | "MONTH" | "QUARTER" | "YEAR" | "CYCLE"; periodStart: string; periodEnd: string };
type Texts = { title?: string; summary?: string };

const landing = (publication: { id: string }) => ({ id: publication.id, href: `/publications/${publication.id}` });

/** The form's empty 标题/摘要 mean "none": the use case then titles the issue itself. */
function withoutBlanks<T extends Texts>(input: T): T {
  return { ...input, title: input.title?.trim() ? input.title : undefined, summary: input.summary?.trim() ? input.summary : undefined };
}

/** 预览: exactly what publishing would freeze for a round or a period of the office's city; writes nothing. */
export async function previewPublicationAction(input: CityTarget) {
  return runAction(async (actor) => toPreviewView((await previewPublication(actor, input)).snapshot));
}

export async function publishPublicationAction(input: CityTarget & Texts) {
  return refreshOnSuccess(await runAction(async (actor) => landing(await publishPublication(actor, withoutBlanks(input)))));
}

/** The supervisor's 全省排名: the province's cities ranked by their published scores for a period. */
export async function previewProvincePublicationAction(input: ProvinceTarget) {
  return runAction(async (actor) => toPreviewView((await previewProvincePublication(actor, { ...input, scope: "PROVINCE" })).snapshot));
}

export async function publishProvincePublicationAction(input: ProvinceTarget & Texts) {
  return refreshOnSuccess(await runAction(async (actor) => landing(await publishProvincePublication(actor, { ...withoutBlanks(input), scope: "PROVINCE" }))));
}

/** 更正 of a city or a province publication, chosen by what it is (the use case checks the grant and the scope). */
export async function correctPublicationAction(input: { id: string; scope: "CITY" | "PROVINCE"; reason: string } & Texts) {
  const { scope, ...body } = input;
  const correct = scope === "PROVINCE" ? correctProvincePublication : correctPublication;
  return refreshOnSuccess(await runAction(async (actor) => landing(await correct(actor, withoutBlanks(body)))));
}
