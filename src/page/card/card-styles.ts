/**
 * The card's stylesheet, scoped by the shadow root. Sizes in px only (page zoom and root font-size
 * cannot skew it); light and dark themes from prefers-color-scheme, or forced by data-theme.
 */
const LIGHT = `
  color-scheme: light;
  --bg: #ffffff; --fg: #1d2330; --muted: #5d6675; --line: #e3e6ec; --soft: #f5f6f9;
  --accent: #b35c00; --agree: #18794e; --differ: #b44d00; --unknown: #6b7280;
  --agree-bg: #e8f6ef; --differ-bg: #fff1e5; --neutral-bg: #f1f3f6; --shadow: 0 12px 32px rgba(16, 24, 40, 0.18), 0 2px 6px rgba(16, 24, 40, 0.08);
  --focus: #1a5fd6; --em-bg: #fff0c2;`;
const DARK = `
  color-scheme: dark;
  --bg: #1c2029; --fg: #e8eaf0; --muted: #a3abba; --line: #343a47; --soft: #242935;
  --accent: #ffb347; --agree: #5fd39a; --differ: #ffa45c; --unknown: #9aa3b2;
  --agree-bg: rgba(95, 211, 154, 0.12); --differ-bg: rgba(255, 164, 92, 0.13); --neutral-bg: #2a303c; --shadow: 0 12px 32px rgba(0, 0, 0, 0.55), 0 2px 6px rgba(0, 0, 0, 0.4);
  --focus: #7fb0ff; --em-bg: rgba(255, 200, 80, 0.2);`;

export const CARD_CSS = `
:host { all: initial; }
.card { ${LIGHT} }
@media (prefers-color-scheme: dark) { .card:not([data-theme="light"]) { ${DARK} } }
.card[data-theme="dark"] { ${DARK} }

.card {
  position: fixed; left: 0; top: 0; box-sizing: border-box;
  width: 400px; max-width: calc(100vw - 16px); max-height: 520px; overflow: auto; overscroll-behavior: contain;
  background: var(--bg); color: var(--fg); border: 1px solid var(--line); border-radius: 10px;
  box-shadow: var(--shadow); padding: 12px 14px 10px;
  font: 400 13px/18px system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif;
  text-align: left; letter-spacing: normal; word-spacing: normal; text-transform: none; white-space: normal;
  -webkit-font-smoothing: antialiased; pointer-events: auto; outline: none;
  scrollbar-width: thin; scrollbar-color: var(--line) transparent;
}
.card *, .card *::before, .card *::after { box-sizing: border-box; }
.card :focus-visible { outline: 2px solid var(--focus); outline-offset: 2px; border-radius: 4px; }
.vh { position: absolute !important; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden;
  clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; border: 0; }

.head { display: grid; grid-template-columns: 1fr auto; column-gap: 8px; margin: 0 0 10px; }
.brand { grid-column: 1; font-size: 10px; line-height: 14px; font-weight: 700; letter-spacing: 0.08em;
  text-transform: uppercase; color: var(--accent); }
.close { grid-column: 2; grid-row: 1 / span 2; align-self: start; width: 28px; height: 28px; margin: -4px -6px 0 0;
  padding: 0; border: 0; border-radius: 6px; background: transparent; color: var(--muted);
  font: 400 20px/28px system-ui, sans-serif; cursor: pointer; }
.close:hover { background: var(--soft); color: var(--fg); }
.title { grid-column: 1; margin: 2px 0 0; font-size: 15px; line-height: 20px; font-weight: 650; color: var(--fg); }
.meta { grid-column: 1 / span 2; margin: 2px 0 0; font-size: 12px; line-height: 16px; color: var(--muted); }

.this-page { margin: 0 0 10px; padding: 8px 10px; border-radius: 8px; background: var(--soft); }
.label { font-size: 10px; line-height: 14px; font-weight: 700; letter-spacing: 0.06em; text-transform: uppercase;
  color: var(--muted); margin: 0 0 2px; }
.page-row { display: flex; flex-wrap: wrap; align-items: baseline; justify-content: space-between; column-gap: 10px; }
.page-quote { font-style: italic; color: var(--fg); }
.page-value { font-weight: 650; font-variant-numeric: tabular-nums; white-space: nowrap; }
.page-values { display: inline-flex; flex-wrap: wrap; align-items: baseline; column-gap: 6px; }
.page-values .page-written { font-variant-numeric: tabular-nums; white-space: nowrap; color: var(--muted); }
.page-values .page-written::after { content: " →"; }
.page-undated { margin: 4px 0 0; font-size: 12px; line-height: 16px; color: var(--muted); }

/* The answer first: each value the outlets give, with its count. */
.summary { margin: 0 0 8px; }
.lead { margin: 0 0 4px; font-weight: 650; color: var(--fg); }
.groups { margin: 0; padding: 0; list-style: none; font-size: 12.5px; line-height: 18px; }
.group { margin: 1px 0; }
.group-count { color: var(--muted); }
.group-value { font-weight: 600; font-variant-numeric: tabular-nums; white-space: nowrap; }
.group.agreement-differ .group-value { color: var(--differ); }
.group-mark { font-weight: 700; }
.group.agreement-mixed .group-mark { color: var(--agree); }
.group-why { color: var(--muted); font-size: 12px; }
.show-all { display: block; width: 100%; margin: 6px 0 0; padding: 5px 8px; border: 1px solid var(--line);
  border-radius: 6px; background: var(--soft); color: var(--focus); font: 600 12px/17px system-ui, sans-serif;
  text-align: center; cursor: pointer; }
.show-all:hover { background: var(--neutral-bg); }
.deep-link { display: inline-block; margin: 2px 8px 2px 0; color: var(--focus); font-size: 11.5px; line-height: 17px; }

.verdict { display: flex; flex-wrap: wrap; align-items: baseline; column-gap: 8px; margin: 0 0 8px;
  padding: 6px 10px; border-radius: 8px; background: var(--neutral-bg); }
.verdict-agree .verdict, .verdict.verdict-agree { background: var(--agree-bg); }
.verdict.verdict-differ { background: var(--differ-bg); }
.verdict-text { font-weight: 650; }
.verdict.verdict-agree .verdict-text { color: var(--agree); }
.verdict.verdict-differ .verdict-text { color: var(--differ); }
.counts { font-size: 12px; color: var(--muted); }

.reports { width: 100%; border-collapse: collapse; table-layout: auto; margin: 0; font-size: 12.5px; line-height: 17px; }
.reports thead th { padding: 4px 6px 4px 0; border-bottom: 1px solid var(--line); font-size: 10px; line-height: 14px;
  font-weight: 700; letter-spacing: 0.06em; text-transform: uppercase; color: var(--muted); text-align: left; }
.reports thead th:last-child { padding-right: 0; width: 22px; }
.report + .report .report-main > * { border-top: 1px solid var(--line); }
.report-main > * { padding: 7px 6px 2px 0; vertical-align: top; text-align: left; }
.outlet { font-weight: 600; color: var(--fg); }
.confidence { font-size: 10px; color: var(--muted); }
.confidence-known { color: var(--agree); }
.confidence-probable { color: var(--accent); }
.this-page-tag { display: inline-block; margin-left: 4px; padding: 0 5px; border-radius: 4px; font-size: 10px;
  line-height: 15px; font-weight: 600; background: var(--soft); color: var(--muted); }
.date { white-space: nowrap; color: var(--muted); }
.value { font-variant-numeric: tabular-nums; color: var(--fg); }
.report.agreement-differ .value { color: var(--differ); }
.value-part { display: block; white-space: nowrap; }
.sep { display: none; }
.muted { color: var(--muted); font-style: italic; }
.agreement { width: 22px; padding-right: 0 !important; text-align: center !important; font-weight: 700; font-size: 14px; }
.agreement-agree { color: var(--agree); }
.agreement-differ { color: var(--differ); }
.agreement-unknown { color: var(--unknown); }
.report-detail td { padding: 0 0 7px; }
/* Reasons and the Quote toggle share a line; an open quote takes the full width below. */
.reasons { display: inline; margin: 0; padding: 0; list-style: none; }
.reasons li { display: inline-block; margin: 2px 4px 2px 0; }
.reasons li { padding: 0 6px; border-radius: 10px; background: var(--neutral-bg); color: var(--muted);
  font-size: 11px; line-height: 17px; }
.agreement-differ .reasons li:first-child { background: var(--differ-bg); color: var(--differ); }
.quote { display: inline; }
.quote[open] { display: block; }
.quote summary { display: inline-block; margin: 2px 0; cursor: pointer; color: var(--muted); font-size: 11.5px; line-height: 17px;
  list-style: none; border-radius: 4px; }
.quote summary::-webkit-details-marker { display: none; }
.quote summary::before { content: "▸ "; }
.quote[open] summary::before { content: "▾ "; }
.quote summary:hover { color: var(--fg); }
blockquote { margin: 4px 0 2px; padding: 4px 0 4px 10px; border-left: 3px solid var(--line); color: var(--fg);
  font-style: italic; }
/* Event cards: each outlet's words, the stating part marked. */
.said-list { margin: 0; padding: 0; list-style: none; }
.said-item { padding: 8px 0 6px; border-top: 1px solid var(--line); }
.said-list:first-child > .said-item:first-child { border-top: 0; padding-top: 2px; }
.said-head { display: flex; flex-wrap: wrap; align-items: baseline; column-gap: 4px; font-size: 12.5px; line-height: 17px; }
.said-head .outlet-name { font-weight: 600; color: var(--fg); }
.said-head .date { margin-left: auto; font-size: 12px; }
.said-words { margin: 3px 0 1px; font-size: 12.5px; line-height: 18px; font-style: normal; color: var(--muted); }
.said-em { background: var(--em-bg); color: var(--fg); border-radius: 2px; padding: 0 1px; font-weight: 550; }
.said-item .reasons { display: inline; }
.more > summary { margin: 4px 0; cursor: pointer; color: var(--focus); font-size: 12px; line-height: 17px; list-style: none; }
.more > summary::-webkit-details-marker { display: none; }
.more > summary::before { content: "▸ "; }
.more[open] > summary::before { content: "▾ "; }
.note { margin: 4px 0 0; color: var(--muted); font-size: 12px; }
.source-link { display: inline-block; margin-top: 2px; color: var(--focus); font-size: 12px; }

.notes { margin: 8px 0 0; padding-top: 8px; border-top: 1px solid var(--line); }
.notes .note:first-child { margin-top: 0; }
.related { margin: 4px 0 0; color: var(--muted); font-size: 12px; }
.related-title { color: var(--fg); font-weight: 600; }
.foot { display: flex; justify-content: space-between; gap: 8px; margin-top: 8px; padding-top: 6px;
  border-top: 1px solid var(--line); color: var(--muted); font-size: 11px; line-height: 15px; }
.keys { margin-left: auto; }
`;
