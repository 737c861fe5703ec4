"use client";
import { useState, useTransition, type FormEvent } from "react";
import { errorMessage } from "@/components/forms/form-error";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { controlA11y, Field } from "@/components/ui/field";
import { controlClass } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { EmptyRow, Table, Td, Th, Tr } from "@/components/ui/table";
import { createReportCategoryAction, updateReportCategoryAction } from "@/lib/actions/citizen-reports";
import type { ActionResult } from "@/lib/actions/run-action";
import { useT } from "@/lib/i18n/client";
import type { ReportCategoryItem } from "@/lib/validation/citizen-reports-office";

type Failure = Extract<ActionResult<unknown>, { ok: false }>;
type Criterion = { id: string; code: string; name: string };

/** 随手拍 categories: residents choose one on the form; the office maps each to the criterion its findings count against. */
export function ReportCategoriesEditor({ categories, criteria }: { categories: ReportCategoryItem[]; criteria: Criterion[] }) {
  const t = useT();
  const options = criteria.map((criterion) => ({ value: criterion.id, label: `${criterion.code} ${criterion.name}` }));
  return (
    <div className="space-y-4">
      <Table caption={t("citizenReports.categories.caption")}>
        <thead>
          <tr>
            <Th>{t("citizenReports.categories.name")}</Th>
            <Th>{t("citizenReports.categories.criterion")}</Th>
            <Th>{t("citizenReports.categories.actions")}</Th>
          </tr>
        </thead>
        <tbody>
          {categories.length === 0 && <EmptyRow colSpan={3}>{t("citizenReports.categories.empty")}</EmptyRow>}
          {categories.map((category) => (
            <CategoryRow key={`${category.id}-${category.version}`} category={category} options={options} />
          ))}
        </tbody>
      </Table>
      <NewCategoryForm options={options} />
    </div>
  );
}

function CategoryRow({ category, options }: { category: ReportCategoryItem; options: { value: string; label: string }[] }) {
  const t = useT();
  const [isPending, startTransition] = useTransition();
  const [name, setName] = useState(category.name);
  const [criterionId, setCriterionId] = useState(category.criterion?.id ?? "");
  const [failure, setFailure] = useState<Failure | null>(null);
  const errors = failure?.fieldErrors ?? {};
  const id = (field: string) => `category-${category.id}-${field}`;
  const save = (change: { archived?: boolean }) =>
    startTransition(async () => {
      const result = await updateReportCategoryAction({ id: category.id, version: category.version, name, criterionId: criterionId || null, ...change });
      setFailure(result.ok ? null : result);
    });

  return (
    <Tr>
      <Td>
        <Field id={id("name")} label={t("citizenReports.categories.name")} errors={errors.name}>
          <input
            {...controlA11y(id("name"), errors.name)}
            value={name}
            maxLength={30}
            className={controlClass}
            onChange={(event) => setName(event.target.value)}
          />
        </Field>
        {category.archived && <Badge>{t("citizenReports.categories.archived")}</Badge>}
      </Td>
      <Td>
        <Field id={id("criterion")} label={t("citizenReports.categories.criterion")} errors={errors.criterionId}>
          <Select
            {...controlA11y(id("criterion"), errors.criterionId)}
            value={criterionId}
            placeholder={t("citizenReports.categories.noCriterion")}
            options={options}
            onChange={(event) => setCriterionId(event.target.value)}
          />
        </Field>
      </Td>
      <Td className="space-y-2">
        <div className="flex flex-wrap gap-2">
          <Button size="sm" disabled={isPending} onClick={() => save({})}>
            {t("citizenReports.categories.save")}
          </Button>
          <Button size="sm" variant="secondary" disabled={isPending} onClick={() => save({ archived: !category.archived })}>
            {t(category.archived ? "citizenReports.categories.restore" : "citizenReports.categories.archive")}
          </Button>
        </div>
        {failure && !errors.name && !errors.criterionId && <Alert tone="error">{errorMessage(t, failure)}</Alert>}
      </Td>
    </Tr>
  );
}

function NewCategoryForm({ options }: { options: { value: string; label: string }[] }) {
  const t = useT();
  const [isPending, startTransition] = useTransition();
  const [name, setName] = useState("");
  const [criterionId, setCriterionId] = useState("");
  const [failure, setFailure] = useState<Failure | null>(null);
  const errors = failure?.fieldErrors ?? {};

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    startTransition(async () => {
      const result = await createReportCategoryAction({ name, criterionId: criterionId || null });
      setFailure(result.ok ? null : result);
      if (result.ok) {
        setName("");
        setCriterionId("");
      }
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-wrap items-end gap-3" aria-label={t("citizenReports.categories.add")}>
      <div className="w-full sm:w-48">
        <Field id="new-category-name" label={t("citizenReports.categories.newName")} errors={errors.name} required>
          <input
            {...controlA11y("new-category-name", errors.name)}
            value={name}
            maxLength={30}
            className={controlClass}
            onChange={(event) => setName(event.target.value)}
          />
        </Field>
      </div>
      <div className="w-full sm:w-72">
        <Field id="new-category-criterion" label={t("citizenReports.categories.criterion")} errors={errors.criterionId}>
          <Select
            {...controlA11y("new-category-criterion", errors.criterionId)}
            value={criterionId}
            placeholder={t("citizenReports.categories.noCriterion")}
            options={options}
            onChange={(event) => setCriterionId(event.target.value)}
          />
        </Field>
      </div>
      <Button type="submit" disabled={isPending}>
        {t("citizenReports.categories.add")}
      </Button>
      {failure && !errors.name && !errors.criterionId && <Alert tone="error">{errorMessage(t, failure)}</Alert>}
    </form>
  );
}
