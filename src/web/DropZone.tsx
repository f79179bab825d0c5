import { makeStyles, shorthands, tokens } from "@fluentui/react-components";
import { useRef, useState } from "react";

const useStyles = makeStyles({
  zone: {
    ...shorthands.border("2px", "dashed", tokens.colorNeutralStroke1),
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingVerticalXL,
    textAlign: "center",
    cursor: "pointer",
    color: tokens.colorNeutralForeground2,
  },
  over: { ...shorthands.borderColor(tokens.colorBrandStroke1), backgroundColor: tokens.colorBrandBackground2 },
});

/** A drop area that is also a file picker (a hidden input the tests and keyboards can use). */
export const DropZone: React.FC<{
  label: string;
  multiple?: boolean;
  accept?: string;
  testId: string;
  onFiles: (files: File[]) => void;
}> = ({ label, multiple = false, accept = ".xlsx,.xlsm,.xltx,.xltm,.xlsb,.xls,.et,.ods,.fods,.csv", testId, onFiles }) => {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  return (
    <div
      className={over ? `${styles.zone} ${styles.over}` : styles.zone}
      role="button"
      tabIndex={0}
      onClick={() => input.current?.click()}
      onKeyDown={(e) => (e.key === "Enter" || e.key === " ") && input.current?.click()}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        onFiles([...e.dataTransfer.files]);
      }}
    >
      {label}
      <input
        ref={input}
        data-testid={testId}
        type="file"
        hidden
        multiple={multiple}
        accept={accept}
        onChange={(e) => {
          onFiles([...(e.target.files ?? [])]);
          e.target.value = "";
        }}
      />
    </div>
  );
};
