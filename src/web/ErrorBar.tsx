import { MessageBar, MessageBarBody } from "@fluentui/react-components";

/** What went wrong with a dropped file, said once in the area it was dropped into. */
export const ErrorBar: React.FC<{ label: string; error: string | undefined }> = ({ label, error }) =>
  error === undefined ? null : (
    <MessageBar intent="error">
      <MessageBarBody>
        {label}
        {error}
      </MessageBarBody>
    </MessageBar>
  );
