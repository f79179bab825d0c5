import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  Text,
} from "@fluentui/react-components";
import type React from "react";
import { useState } from "react";
import { usePane } from "./usePane";

/** Unsealing drops the seal, so it asks first (and takes the protection password). */
export const UnsealDialog: React.FC = () => {
  const { pane, state, t } = usePane();
  const [open, setOpen] = useState(false);
  const [password, setPassword] = useState("");
  const close = () => {
    setOpen(false);
    setPassword("");
  };
  return (
    <>
      <Button disabled={state.task !== undefined} onClick={() => setOpen(true)}>
        {t.seal.unseal}
      </Button>
      {open && (
        <Dialog open modalType="alert" onOpenChange={(_, data) => (data.open ? undefined : close())}>
          <DialogSurface>
            <DialogBody>
              <DialogTitle>{t.seal.unsealTitle}</DialogTitle>
              <DialogContent>
                <Text block>{t.seal.unsealText}</Text>
                <Field label={t.seal.password}>
                  <Input type="password" value={password} onChange={(_, d) => setPassword(d.value)} />
                </Field>
              </DialogContent>
              <DialogActions>
                <Button appearance="secondary" onClick={close}>
                  {t.seal.cancel}
                </Button>
                <Button
                  appearance="primary"
                  onClick={() => {
                    close();
                    void pane.unseal(password);
                  }}
                >
                  {t.seal.unsealConfirm}
                </Button>
              </DialogActions>
            </DialogBody>
          </DialogSurface>
        </Dialog>
      )}
    </>
  );
};
