import { Button, Field, Input, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useState } from "react";
import { useAreaStyles } from "./styles";

/**
 * Asks for the open password of encrypted files (the web page's review and the task pane's 审查).
 * The typed password is handed on once and the field is emptied at once, so that it stays in no
 * state and no element of the page after use.
 */
export const PasswordBar: React.FC<{
  message: string;
  label: string;
  submit: string;
  disabled?: boolean;
  onPassword: (password: string) => void;
}> = ({ message, label, submit, disabled = false, onPassword }) => {
  const styles = useAreaStyles();
  const [password, setPassword] = useState("");
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <div data-testid="locked">{message}</div>
        <form
          className={styles.row}
          onSubmit={(e) => {
            e.preventDefault();
            if (password === "" || disabled) return;
            setPassword("");
            onPassword(password);
          }}
        >
          <Field label={label}>
            <Input
              type="password"
              autoComplete="off"
              value={password}
              onChange={(_, d) => setPassword(d.value)}
              data-testid="open-password"
            />
          </Field>
          <Button type="submit" appearance="primary" disabled={disabled || password === ""}>
            {submit}
          </Button>
        </form>
      </MessageBarBody>
    </MessageBar>
  );
};
