import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
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
  return (
    <Dialog open={open} onOpenChange={(_, data) => setOpen(data.open)}>
      <DialogTrigger disableButtonEnhancement>
        <Button disabled={state.task !== undefined}>{t.seal.unseal}</Button>
      </DialogTrigger>
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
            <DialogTrigger disableButtonEnhancement>
              <Button appearance="secondary">{t.seal.cancel}</Button>
            </DialogTrigger>
            <Button
              appearance="primary"
              onClick={() => {
                setOpen(false);
                void pane.unseal(password);
                setPassword("");
              }}
            >
              {t.seal.unsealConfirm}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
};
