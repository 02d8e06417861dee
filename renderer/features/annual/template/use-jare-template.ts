// The state of the "Remplir le fichier JARE" section: the workbook chosen (its bytes stay
// in the main process under a token), the matches of this year's statement against it
// with the confirmations this register remembers (main-process settings), the proposals
// the person left unmatched, and the filled copy with its report.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { describeError, type AppError } from '../../../../shared/errors';
import type { AnnualStatement } from '../../../../shared/jare/annual';
import { fillPlan } from '../../../../shared/jare/fill-plan';
import { fillReport, type FillReport } from '../../../../shared/jare/fill-report';
import { matchStatement, type ConfirmedMatches, type MatchItem } from '../../../../shared/jare/matching';
import { confirmMatch, forgetMatch } from '../../../../shared/jare/remembered-matches';
import type { ChosenTemplate, SavedFilledTemplate } from '../../../../shared/ipc/jare-requests';
import { mainProcess } from '../../../main-process';
import { itemId, matchesView, settleMatches } from './matches-view';

export type TemplateNotice = { ok: boolean; text: string } | null;

export interface FilledCopy {
  saved: SavedFilledTemplate;
  report: FillReport;
  templateName: string;
}

const noApi: AppError = { code: 'ipc.unknownChannel' };

export function useJareTemplate(registerId: string, statement: AnnualStatement | undefined) {
  const [remembered, setRemembered] = useState<ConfirmedMatches | null>(null);
  const [chosen, setChosen] = useState<ChosenTemplate | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [leftUnmatched, setLeftUnmatched] = useState<ReadonlySet<string>>(new Set());
  const [notice, setNotice] = useState<TemplateNotice>(null);
  const [busy, setBusy] = useState<'choosing' | 'filling' | null>(null);
  const [filled, setFilled] = useState<FilledCopy | null>(null);

  useEffect(() => {
    const api = mainProcess();
    if (!api) return;
    let current = true;
    void api['jare:getMatches']({ registerId }).then((answer) => {
      if (current) setRemembered(answer.ok ? answer.value : { substances: {}, products: {} });
    });
    return () => {
      current = false;
    };
  }, [registerId]);

  // Another year or another workbook: the copy made before is not this one's. (The year,
  // not the statement: recording the report's edition re-reads the register.)
  const year = statement?.year;
  useEffect(() => setFilled(null), [year, chosen]);

  const outcome = useMemo(
    () => (chosen && statement && remembered ? settleMatches(matchStatement(statement, chosen.summary, remembered), leftUnmatched) : null),
    [chosen, statement, remembered, leftUnmatched],
  );
  const view = useMemo(() => (outcome ? matchesView(outcome) : null), [outcome]);

  const choose = useCallback(async () => {
    const api = mainProcess();
    if (!api) return setRefusal(describeError(noApi));
    setBusy('choosing');
    setNotice(null);
    try {
      const answer = await api['jare:chooseTemplate'](null);
      if (!answer.ok) {
        if (answer.error.code === 'edition.cancelled') return;
        // The workbook shown before is not the one just refused: nothing half-shown.
        setChosen(null);
        setRefusal(describeError(answer.error));
        return;
      }
      setRefusal(null);
      setLeftUnmatched(new Set());
      setChosen(answer.value);
    } finally {
      setBusy(null);
    }
  }, []);

  const remember = useCallback(
    async (next: ConfirmedMatches, text: string) => {
      const api = mainProcess();
      if (!api) return setNotice({ ok: false, text: describeError(noApi) });
      const answer = await api['jare:setMatches']({ registerId, matches: next });
      if (!answer.ok) return setNotice({ ok: false, text: describeError(answer.error) });
      setRemembered(answer.value);
      setNotice({ ok: true, text });
    },
    [registerId],
  );

  const confirm = useCallback(
    (item: MatchItem, rowKey: string, text: string) => remembered && remember(confirmMatch(remembered, item, rowKey), text),
    [remembered, remember],
  );
  const forget = useCallback((item: MatchItem, text: string) => remembered && remember(forgetMatch(remembered, item), text), [remembered, remember]);
  const leave = useCallback((item: MatchItem) => setLeftUnmatched((before) => new Set([...before, itemId(item)])), []);

  /** Fills the copy and saves it where the person chooses; the report to archive as an edition when it worked. */
  const fill = useCallback(async (): Promise<FilledCopy | null> => {
    const api = mainProcess();
    if (!api || !chosen || !statement || !outcome) return null;
    setBusy('filling');
    setNotice(null);
    try {
      const plan = fillPlan(statement, chosen.summary, outcome);
      const answer = await api['jare:saveFilled']({ token: chosen.token, writes: plan.writes });
      if (!answer.ok) {
        if (answer.error.code !== 'edition.cancelled') setNotice({ ok: false, text: describeError(answer.error) });
        return null;
      }
      const copy = { saved: answer.value, report: fillReport(statement, chosen.summary, outcome, plan, answer.value.skipped), templateName: chosen.fileName };
      setFilled(copy);
      return copy;
    } finally {
      setBusy(null);
    }
  }, [chosen, statement, outcome]);

  return { available: mainProcess() !== null, chosen, refusal, view, notice, busy, filled, choose, confirm, forget, leave, fill };
}
