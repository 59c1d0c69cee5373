import { UnderConstruction } from "../shared/under-construction";

/** 指标: placeholder until the feature is built; replace this file's body. */
export function IndicatorsPage() {
  return <UnderConstruction title="指标" />;
}
