/** Styles of the chip and tooltip, inside Winnow's shadow root (they cannot leak to the page). */
export const UI_CSS = `
:host { all: initial; }
* { box-sizing: border-box; }
.chip, .tip {
  pointer-events: auto;
  font: 13px/1.35 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: #1d2330;
  background: #ffffff;
  border: 1px solid #c9cfdb;
  border-radius: 10px;
  box-shadow: 0 4px 18px rgba(20, 28, 45, 0.18);
}
.chip {
  position: fixed;
  right: 16px;
  bottom: 16px;
  display: flex;
  align-items: center;
  gap: 6px;
  padding: 6px 8px;
  max-width: calc(100vw - 32px);
}
.chip[data-min] .counts, .chip[data-min] .nav, .chip[data-min] .read, .chip[data-min] .off { display: none; }
.brand { font-weight: 700; letter-spacing: 0.02em; color: #2f5bd3; }
.counts { white-space: nowrap; }
.chip .note { font-weight: 600; }
.chip .note[hidden] { display: none; }
.chip .memory { font-style: italic; max-width: 34em; }
.chip .memory[hidden], .chip[data-min] .memory { display: none; }
.dot { display: inline-block; width: 9px; height: 9px; border-radius: 50%; margin: 0 3px 0 6px; vertical-align: -0.5px; }
.dot.duplicate { background: #e39a00; }
.dot.boilerplate { background: #7d8598; }
button {
  font: inherit;
  color: inherit;
  background: #eef1f7;
  border: 1px solid #c9cfdb;
  border-radius: 6px;
  padding: 3px 8px;
  cursor: pointer;
}
button:hover { background: #e1e6f0; }
button:focus-visible { outline: 3px solid #2f5bd3; outline-offset: 1px; }
button[disabled] { opacity: 0.5; cursor: default; }
.nav { display: inline-flex; gap: 2px; }
.tip {
  position: fixed;
  max-width: min(420px, calc(100vw - 16px));
  padding: 10px 12px;
}
.tip[hidden] { display: none; }
.tip .verdict { font-weight: 700; margin-bottom: 4px; }
.tip .verdict.duplicate { color: #8a5a00; }
.tip .verdict.boilerplate { color: #4b5366; }
.tip ul { margin: 0 0 8px; padding-left: 18px; }
.tip li { margin: 2px 0; }
.tip .actions { display: flex; flex-wrap: wrap; gap: 6px; }
.tip .note { margin-top: 6px; color: #4b5366; font-size: 12px; }
@media (prefers-color-scheme: dark) {
  .chip, .tip { color: #e6e9f0; background: #1f2430; border-color: #3a4254; }
  button { background: #2b3242; border-color: #3a4254; }
  button:hover { background: #353e52; }
  .brand { color: #8fb0ff; }
  .tip .verdict.duplicate { color: #ffc45c; }
  .tip .verdict.boilerplate { color: #b8c0d2; }
  .tip .note { color: #b8c0d2; }
  button:focus-visible { outline-color: #8fb0ff; }
}
`;
