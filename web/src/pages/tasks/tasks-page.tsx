import { UnderConstruction } from "../shared/under-construction";

/** 任务: placeholder until the feature is built; replace this file's body. */
export function TasksPage() {
  return <UnderConstruction title="任务" />;
}
