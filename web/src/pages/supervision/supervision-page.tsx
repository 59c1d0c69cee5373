import { UnderConstruction } from "../shared/under-construction";

/** 督办: placeholder until the feature is built; replace this file's body. */
export function SupervisionPage() {
  return <UnderConstruction title="督办" />;
}
