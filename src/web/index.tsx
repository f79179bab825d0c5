import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { App } from "./App";

const container = document.getElementById("root");
if (container !== null) {
  const lang = navigator.language.toLowerCase().startsWith("zh") || !navigator.language ? "zh" : "en";
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <App initialLang={lang} />
    </FluentProvider>,
  );
}
