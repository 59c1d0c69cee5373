import { UnderConstruction } from "../shared/under-construction";

/** 规划: placeholder until the feature is built; replace this file's body. */
export function PlansPage() {
  return <UnderConstruction title="规划" />;
}
