import { UnderConstruction } from "../shared/under-construction";

/** 评估: placeholder until the feature is built; replace this file's body. */
export function EvaluationsPage() {
  return <UnderConstruction title="评估" />;
}
