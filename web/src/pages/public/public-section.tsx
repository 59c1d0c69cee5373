import { useId, type ReactNode } from "react";

/** A titled block of a portal page: a landmark region named by its h2, so screen readers can jump between them. */
export function PublicSection({ title, children }: { title: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <section className="xk-public-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      {children}
    </section>
  );
}
