import type { ReactNode } from "react";

/** Label–value facts (a plan's issuer, an evaluation's date) as a description list, which screen readers announce as pairs. */
export function PublicFacts({ rows }: { rows: readonly (readonly [string, ReactNode])[] }) {
  return (
    <dl className="xk-public-meta">
      {rows.map(([label, value]) => (
        <div key={label} style={{ display: "contents" }}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
