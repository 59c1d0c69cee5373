import type { ComponentType } from "react";
import { useParams } from "react-router";
import { isUuid } from "./public-api";
import { PublicNotFound } from "./public-not-found";

/** Renders a record's page for a well-formed :id; anything else is the portal's 404 without asking the server. */
export function PublicIdRoute({ page: Page }: { page: ComponentType<{ id: string }> }) {
  const { id = "" } = useParams();
  return isUuid(id) ? <Page key={id} id={id} /> : <PublicNotFound />;
}
