import { UnderConstruction } from "../shared/under-construction";

/** 驾驶舱: placeholder until the leader dashboard is built; replace this file's body. */
export function CockpitPage() {
  return <UnderConstruction title="驾驶舱" />;
}
