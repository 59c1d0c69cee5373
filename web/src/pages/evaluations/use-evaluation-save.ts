import { useCallback, useState } from "react";
import { useQueryClient } from "@tanstack/react-query";
import { isApiError } from "../../api/client";
import { evaluationKeys, useEvaluationWriter, type EvaluationDetail, type EvaluationWrite } from "./evaluations-api";

/**
 * Saves on the evaluation and keeps what went wrong for the page to show: a 412 means someone else
 * wrote in between, so the page reloads the evaluation and says so instead of showing a raw error.
 */
export function useEvaluationSave(id: string) {
  const write = useEvaluationWriter(id);
  const queryClient = useQueryClient();
  const [error, setError] = useState<unknown>();
  const [conflict, setConflict] = useState(false);

  const save = useCallback(
    async (work: EvaluationWrite): Promise<EvaluationDetail | undefined> => {
      try {
        const detail = await write(work);
        setError(undefined);
        // A save that went through was made on the reloaded evaluation: the warning has served its purpose.
        setConflict(false);
        return detail;
      } catch (caught) {
        if (isApiError(caught) && caught.status === 412) {
          setConflict(true);
          setError(undefined);
          await queryClient.refetchQueries({ queryKey: evaluationKeys.detail(id) });
        } else {
          setError(caught);
        }
        return undefined;
      }
    },
    [id, queryClient, write],
  );

  return { save, error, conflict, dismissConflict: () => setConflict(false) };
}
