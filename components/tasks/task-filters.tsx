import { FilterBar } from "@/components/layout/filter-bar";
import { CheckboxFilter } from "@/components/layout/filter-fields";
import { Field, controlA11y } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import type { FieldErrors } from "@/lib/errors";
import { TASK_STATUSES } from "@/lib/domain/tasks/task-status";
import type { Translate } from "@/lib/i18n/translate";
import type { TaskFilterOptions } from "@/lib/server/tasks/list-task-filter-options";
import { dispatchStatusSchema } from "@/lib/validation/tasks";
import type { TaskListQuery } from "./task-filters-query";

type Props = { query: TaskListQuery; options: TaskFilterOptions; fieldErrors?: FieldErrors; t: Translate };

/** The task list's filters as a GET form: every filter lives in the URL. Bad values get their error beside the field. */
export function TaskFilters({ query, options, fieldErrors = {}, t }: Props) {
  const field = (name: keyof TaskListQuery) => ({ id: `tasks-${name}`, errors: fieldErrors[name] });
  const values = { ...query, sort: undefined, order: undefined };
  return (
    <FilterBar action="/tasks" values={values}>
      {query.sort && <input type="hidden" name="sort" value={query.sort} />}
      {query.order && <input type="hidden" name="order" value={query.order} />}
      <div className="w-full sm:w-48">
        <Field {...field("action")} label={t("tasks.filters.action")}>
          <Select
            {...controlA11y("tasks-action", fieldErrors.action)}
            name="action"
            defaultValue={query.action ?? ""}
            placeholder={t("layout.all")}
            options={options.actions.map(({ id, name }) => ({ value: id, label: name }))}
          />
        </Field>
      </div>
      <div className="w-full sm:w-44">
        <Field {...field("department")} label={t("tasks.filters.department")} hint={t("tasks.filters.departmentHint")}>
          <Select
            {...controlA11y("tasks-department", fieldErrors.department, t("tasks.filters.departmentHint"))}
            name="department"
            defaultValue={query.department ?? ""}
            placeholder={t("layout.all")}
            options={options.departments.map(({ id, name }) => ({ value: id, label: name }))}
          />
        </Field>
      </div>
      <div className="w-full sm:w-32">
        <Field {...field("status")} label={t("tasks.filters.status")}>
          <Select
            {...controlA11y("tasks-status", fieldErrors.status)}
            name="status"
            defaultValue={query.status ?? ""}
            placeholder={t("layout.all")}
            options={TASK_STATUSES.map((status) => ({ value: status, label: t(`tasks.status.${status}`) }))}
          />
        </Field>
      </div>
      <div className="w-full sm:w-36">
        <Field {...field("dispatchStatus")} label={t("tasks.filters.dispatchStatus")}>
          <Select
            {...controlA11y("tasks-dispatchStatus", fieldErrors.dispatchStatus)}
            name="dispatchStatus"
            defaultValue={query.dispatchStatus ?? ""}
            placeholder={t("layout.all")}
            options={dispatchStatusSchema.options.map((value) => ({ value, label: t(`tasks.dispatchFilter.${value}`) }))}
          />
        </Field>
      </div>
      <div className="w-full sm:w-40">
        <Field {...field("dueFrom")} label={t("tasks.filters.dueFrom")}>
          <Input {...controlA11y("tasks-dueFrom", fieldErrors.dueFrom)} name="dueFrom" type="date" defaultValue={query.dueFrom} />
        </Field>
      </div>
      <div className="w-full sm:w-40">
        <Field {...field("dueTo")} label={t("tasks.filters.dueTo")}>
          <Input {...controlA11y("tasks-dueTo", fieldErrors.dueTo)} name="dueTo" type="date" defaultValue={query.dueTo} />
        </Field>
      </div>
      <div className="w-full sm:w-36">
        <Field {...field("criterion")} label={t("tasks.filters.criterion")}>
          <Input
            {...controlA11y("tasks-criterion", fieldErrors.criterion)}
            name="criterion"
            defaultValue={query.criterion}
            placeholder={t("tasks.filters.criterionPlaceholder")}
          />
        </Field>
      </div>
      <div className="w-full sm:w-48">
        <Field {...field("q")} label={t("tasks.filters.q")}>
          <Input {...controlA11y("tasks-q", fieldErrors.q)} name="q" type="search" defaultValue={query.q} placeholder={t("tasks.filters.qPlaceholder")} />
        </Field>
      </div>
      <CheckboxFilter name="pendingReview" label={t("tasks.filters.pendingReview")} checked={query.pendingReview === "1"} />
    </FilterBar>
  );
}
