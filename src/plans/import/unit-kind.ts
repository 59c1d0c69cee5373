import type { UnitDto } from "../../shared/api";

/**
 * A first guess at a unit's kind from its name, for units created during an import; the office
 * can change it later. Order matters: "各镇街" is a group before it is a government.
 */
export function guessUnitKind(name: string): UnitDto["kind"] {
  if (/^各|成员单位|等单位|有关单位|相关单位/.test(name)) return "group";
  if (/公司|银行|集团|报社|电视台|广播电视台|日报/.test(name)) return "enterprise";
  if (/人民政府$|政府$|街道办事处$|管委会$|镇$|乡$|街道$/.test(name)) return "government";
  if (/残联|妇联|工会|总工会|团.{0,2}委$|红十字|科协|文联|工商联|协会|学会|基金会|残工委/.test(name)) return "organisation";
  return "department";
}
