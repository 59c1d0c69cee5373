import { Card, Statistic } from "antd";
import { Link } from "react-router";

/** One count that needs action, with a link to where it is handled. */
export function ActionCard({ title, value, to, linkText }: { title: string; value: number | undefined; to: string; linkText: string }) {
  return (
    <Card size="small">
      <Statistic title={title} value={value ?? "—"} />
      <Link to={to}>{linkText}</Link>
    </Card>
  );
}
