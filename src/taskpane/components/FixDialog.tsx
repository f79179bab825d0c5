import {
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from "@fluentui/react-components";
import type React from "react";
import { useState } from "react";
import { cellText } from "../../core/grid/cell";
import type { FixProposal } from "../state/fixes";
import { usePane } from "./usePane";

interface FixDialogProps {
  readonly proposals: readonly FixProposal[];
}

/** Lists every change a fix would make (cell, old → new); only the ticked ones are written. */
export const FixDialog: React.FC<FixDialogProps> = ({ proposals }) => {
  const { pane, t } = usePane();
  const [chosen, setChosen] = useState<ReadonlySet<string>>(() => new Set(proposals.map((p) => p.key)));
  const shown = (v: FixProposal["before"]) => (cellText(v) === "" ? t.fix.blank : cellText(v));
  const toggle = (key: string, on: boolean) =>
    setChosen((prev) => {
      const next = new Set(prev);
      if (on) next.add(key);
      else next.delete(key);
      return next;
    });

  return (
    <Dialog open modalType="modal" onOpenChange={(_, data) => (data.open ? undefined : pane.closeFixes())}>
      <DialogSurface aria-describedby="fix-intro">
        <DialogBody>
          <DialogTitle>{t.fix.title}</DialogTitle>
          <DialogContent>
            <Text id="fix-intro" block>
              {t.fix.intro}
            </Text>
            <Table size="small" aria-label={t.fix.title}>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell />
                  <TableHeaderCell>{t.fix.cell}</TableHeaderCell>
                  <TableHeaderCell>{t.fix.before}</TableHeaderCell>
                  <TableHeaderCell>{t.fix.after}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {proposals.map((p) => (
                  <TableRow key={p.key}>
                    <TableCell>
                      <Checkbox
                        aria-label={`${p.cell}: ${shown(p.before)} → ${shown(p.after)}`}
                        checked={chosen.has(p.key)}
                        onChange={(_, data) => toggle(p.key, data.checked === true)}
                      />
                    </TableCell>
                    <TableCell>{p.cell}</TableCell>
                    <TableCell>{shown(p.before)}</TableCell>
                    <TableCell>{shown(p.after)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </DialogContent>
          <DialogActions>
            <Button appearance="secondary" onClick={() => pane.closeFixes()}>
              {t.fix.cancel}
            </Button>
            <Button appearance="primary" disabled={chosen.size === 0} onClick={() => void pane.applyFixes([...chosen])}>
              {t.fix.apply(chosen.size)}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
};
