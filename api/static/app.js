// ITT review assistant web UI. Plain DOM, no dependencies, no build step.
// Every piece of text from the server is set with textContent: answers are never parsed as HTML.
"use strict";

const KEY_STORE = "itt.apiKey";
const SESSION_STORE = "itt.session";

const BADGES = {
  controlled: "Controlled — authorization needed",
  not_controlled: "Not controlled — no authorization needed",
  depends: "Depends — a deciding fact is missing",
  out_of_scope: "Out of scope",
};

// One-click answers to the missing facts the assistant asks about; "starter" suggestions fill
// the message box for the user to finish (a country, a classification).
const SUGGESTIONS = {
  destination: [{ text: "The recipient is in ", starter: true, label: "Recipient's country…" }],
  recipient_nationality: [{ text: "The recipient is a national of ", starter: true, label: "Recipient's nationality…" }],
  recipient_status: [
    { text: "The recipient is a U.S. person." },
    { text: "The recipient is a foreign person." },
  ],
  classification: [
    { text: "The technology is classified as ", starter: true, label: "Classification…" },
    { text: "The technology is classified as EAR99." },
  ],
  publication_status: [
    { text: "It has already been published." },
    { text: "It is not published." },
  ],
  encryption: [
    { text: "The data is end-to-end encrypted with a FIPS 140-validated module." },
    { text: "The data is not end-to-end encrypted." },
  ],
  storage_location: [{ text: "The servers are in ", starter: true, label: "Server country…" }],
  end_use: [{ text: "The end use is ", starter: true, label: "End use…" }],
  transfer_mode: [
    { text: "By e-mail." },
    { text: "Through a cloud share." },
    { text: "Over a video call." },
    { text: "During a visit." },
  ],
};

const $ = (id) => document.getElementById(id);
const state = { session: null, sessionJurisdiction: null, busy: false, authRequired: false };

function el(tag, attrs = {}, text) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (name === "class") node.className = value;
    else node.setAttribute(name, value);
  }
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}

function apiKey() {
  return localStorage.getItem(KEY_STORE) || "";
}

class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

async function api(path, options = {}) {
  const headers = { Accept: "application/json", ...(options.headers || {}) };
  if (options.body !== undefined) headers["Content-Type"] = "application/json";
  const key = apiKey();
  if (key) headers.Authorization = `Bearer ${key}`;
  const response = await fetch(path, {
    method: options.method || "GET",
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  if (!response.ok) {
    let message = `${response.status} ${response.statusText}`;
    try {
      const data = await response.json();
      if (data && data.error && data.error.message) message = data.error.message;
    } catch (_) { /* not JSON: keep the status line */ }
    if (response.status === 401) showKeyPanel(true, message);
    throw new ApiError(response.status, message);
  }
  return response;
}

// ---- API key ---------------------------------------------------------------------------

function showKeyPanel(required, message) {
  state.authRequired = state.authRequired || required;
  $("key-panel").hidden = !state.authRequired;
  if (message) $("key-status").textContent = message;
  else if (apiKey()) $("key-status").textContent = "A key is saved in this browser.";
}

async function loadMe() {
  try {
    const me = await (await api("v1/me")).json();
    state.authRequired = me.auth_required;
    showKeyPanel(me.auth_required, me.auth_required ? `Signed in as ${me.name} (${me.role}).` : null);
    $("upload").hidden = !(me.features && me.features.check);
    return true;
  } catch (error) {
    if (!(error instanceof ApiError && error.status === 401)) showError(error.message);
    return false;
  }
}

// ---- Sessions --------------------------------------------------------------------------

function rememberSession(id, jurisdiction) {
  state.session = id;
  state.sessionJurisdiction = jurisdiction;
  if (id) localStorage.setItem(SESSION_STORE, JSON.stringify({ id, jurisdiction }));
  else localStorage.removeItem(SESSION_STORE);
}

async function ensureSession() {
  const jurisdiction = $("jurisdiction").value || null;
  if (state.session && state.sessionJurisdiction === jurisdiction) return state.session;
  const session = await (await api("v1/sessions", { method: "POST", body: { jurisdiction } })).json();
  rememberSession(session.id, jurisdiction);
  return session.id;
}

async function restoreSession() {
  let saved;
  try {
    saved = JSON.parse(localStorage.getItem(SESSION_STORE) || "null");
  } catch (_) {
    saved = null;
  }
  if (!saved || !saved.id) return;
  try {
    const session = await (await api(`v1/sessions/${encodeURIComponent(saved.id)}`)).json();
    rememberSession(session.id, session.jurisdiction);
    $("jurisdiction").value = session.jurisdiction || "";
    if (session.turns.length) $("intro").hidden = true;
    for (const turn of session.turns) {
      addUserMessage(turn.message);
      const bubble = addAssistantBubble();
      renderAnswer(bubble, turn.answer);
    }
  } catch (_) {
    rememberSession(null, null);
  }
}

function newConversation() {
  rememberSession(null, null);
  for (const node of [...$("conversation").querySelectorAll(".msg")]) node.remove();
  $("intro").hidden = false;
  $("message").focus();
}

// ---- Rendering -------------------------------------------------------------------------

function addUserMessage(text) {
  const node = el("div", { class: "msg user" }, text);
  $("conversation").append(node);
  return node;
}

function addAssistantBubble() {
  const node = el("article", { class: "msg assistant", "aria-label": "Answer", "aria-busy": "true" });
  $("conversation").append(node);
  return node;
}

function chunkIdFor(answer, citation) {
  const item = (answer.evidence || []).find((e) => e.citation === citation);
  return item ? item.chunk_id : null;
}

function citationChip(citation, chunkId) {
  const chip = el("button", { type: "button", class: "chip" }, citation);
  if (chunkId) {
    chip.setAttribute("aria-label", `Open the passage of ${citation}`);
    chip.addEventListener("click", () => openPassage(chunkId, chip));
  } else {
    chip.disabled = true;
  }
  return chip;
}

function renderFollowUp(container, answer) {
  const missing = answer.missing_facts || [];
  if (!answer.follow_up && !missing.length) return;
  const box = el("div", { class: "followup", role: "group", "aria-label": "Follow-up question" });
  box.append(el("p", {}, answer.follow_up || "Some facts are still missing."));
  const chips = el("div", { class: "chips suggestions" });
  for (const fact of missing) {
    const options = SUGGESTIONS[fact] || [{ text: `${fact.replaceAll("_", " ")}: `, starter: true }];
    for (const option of options) {
      const label = option.label || option.text.trim();
      const button = el("button", { type: "button", class: "suggestion" }, label);
      button.setAttribute("aria-label", option.starter ? `Start an answer: ${label}` : `Answer: ${label}`);
      button.addEventListener("click", () => {
        if (option.starter) {
          const box = $("message");
          box.value = option.text;
          box.focus();
          box.setSelectionRange(box.value.length, box.value.length);
        } else {
          sendMessage(option.text);
        }
      });
      chips.append(button);
    }
  }
  if (chips.childElementCount) box.append(chips);
  container.append(box);
}

function renderAnswer(bubble, answer) {
  bubble.replaceChildren();
  bubble.removeAttribute("aria-busy");
  const outcome = answer.determination || "none";
  bubble.append(el("div", { class: `badge ${outcome}`, role: "status" }, BADGES[outcome] || "No determination — read the cited provisions"));
  const structured = Boolean(answer.steps && answer.steps.length);
  // With reasons to show, the text's first paragraph is the verdict; the rest of it (reasons,
  // follow-up, next steps) is shown structured below, and in full on request.
  const summary = structured ? answer.answer.split("\n\n")[0] : answer.answer;
  bubble.append(el("p", { class: "answer-text" }, summary));

  if (structured) {
    bubble.append(el("h3", { class: "visually-hidden" }, "Reasons"));
    const list = el("ol", { class: "steps", "aria-label": "Reasons" });
    for (const step of answer.steps) {
      const item = el("li");
      if (step.question) item.append(el("span", { class: "step-q" }, step.question));
      item.append(document.createTextNode(`${step.finding} `));
      if (step.citation) item.append(citationChip(step.citation, step.chunk_id || chunkIdFor(answer, step.citation)));
      list.append(item);
    }
    bubble.append(list);
  }

  renderFollowUp(bubble, answer);

  if (structured && answer.next_steps && answer.next_steps.length) {
    bubble.append(el("h3", { class: "subhead" }, "Next steps"));
    const list = el("ul", { class: "next-steps" });
    for (const step of answer.next_steps) list.append(el("li", {}, step));
    bubble.append(list);
  }
  if (structured) {
    const details = el("details", { class: "full-text" });
    details.append(el("summary", {}, "Full answer text"));
    details.append(el("p", { class: "answer-text" }, answer.answer));
    bubble.append(details);
  }

  if (answer.citations && answer.citations.length) {
    const chips = el("div", { class: "chips citations", role: "group", "aria-label": "Sources" });
    chips.append(el("span", { class: "chips-label", "aria-hidden": "true" }, "Sources:"));
    for (const citation of answer.citations) chips.append(citationChip(citation, chunkIdFor(answer, citation)));
    bubble.append(chips);
  }
  const asOf = answer.corpus && answer.corpus.as_of ? ` · sources as of ${answer.corpus.as_of}` : "";
  bubble.append(el("p", { class: "meta" }, `${Math.round(answer.latency_ms)} ms${asOf}`));
}

function showError(message, bubble) {
  const node = bubble || addAssistantBubble();
  node.replaceChildren(el("p", {}, message));
  node.classList.add("error");
  node.removeAttribute("aria-busy");
  node.setAttribute("role", "alert");
}

// ---- Passages --------------------------------------------------------------------------

async function openPassage(chunkId, opener) {
  const dialog = $("passage");
  try {
    const passage = await (await api(`v1/passages/${encodeURIComponent(chunkId)}`)).json();
    $("passage-title").textContent = `${passage.citation} — ${passage.title}`;
    const page = passage.page ? ` · page ${passage.page}` : "";
    $("passage-meta").textContent = `${passage.jurisdiction} · version as of ${passage.as_of} · ${passage.source}${page}`;
    $("passage-text").textContent = passage.text;
    const link = $("passage-link");
    let safe = false;
    try {
      safe = new URL(passage.source_url).protocol === "https:";
    } catch (_) { safe = false; }
    link.hidden = !safe;
    if (safe) link.href = passage.source_url;
    else link.removeAttribute("href");
    dialog.returnFocusTo = opener;
    dialog.showModal();
    $("passage-close").focus();
  } catch (error) {
    showError(error.message);
  }
}

// ---- Sending ---------------------------------------------------------------------------

async function* readEvents(response) {
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    let end;
    while ((end = buffer.indexOf("\n\n")) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      let event = "message";
      const data = [];
      for (const line of block.split("\n")) {
        if (line.startsWith("event:")) event = line.slice(6).trim();
        else if (line.startsWith("data:")) data.push(line.slice(5).replace(/^ /, ""));
      }
      if (data.length) yield { event, data: JSON.parse(data.join("\n")) };
    }
  }
}

function setBusy(busy) {
  state.busy = busy;
  $("send").disabled = busy;
  $("message").setAttribute("aria-busy", String(busy));
}

async function sendMessage(text) {
  const message = text.trim();
  if (!message || state.busy) return;
  setBusy(true);
  $("intro").hidden = true;
  addUserMessage(message);
  const bubble = addAssistantBubble();
  const live = el("p", { class: "streaming" }, "Reviewing the provisions…");
  bubble.append(live);
  try {
    const session = await ensureSession();
    const response = await api(`v1/sessions/${encodeURIComponent(session)}/messages`, {
      method: "POST",
      body: { message, stream: true },
      headers: { Accept: "text/event-stream" },
    });
    let streamed = "";
    let answered = false;
    for await (const { event, data } of readEvents(response)) {
      if (event === "token") {
        streamed += data.text;
        live.textContent = streamed;
      } else if (event === "answer") {
        renderAnswer(bubble, data);
        answered = true;
      }
    }
    if (!answered) showError("The answer was cut off; please send the message again.", bubble);
  } catch (error) {
    showError(error.message, bubble);
  } finally {
    setBusy(false);
    bubble.scrollIntoView({ block: "nearest" });
  }
}

// ---- Document pre-check ------------------------------------------------------------------
// Document text is only ever set with textContent; highlights are <mark> elements built around it.

const OVERALL = {
  "likely controlled": "controlled",
  "needs review": "depends",
  "likely not controlled": "not_controlled",
};

function highlighted(text, spans) {
  const box = el("div", { class: "check-passage" });
  let cursor = 0;
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    if (span.start < cursor || span.end <= span.start) continue;
    box.append(document.createTextNode(text.slice(cursor, span.start)));
    box.append(el("mark", { class: span.severity, title: span.message }, text.slice(span.start, span.end)));
    cursor = span.end;
  }
  box.append(document.createTextNode(text.slice(cursor)));
  return box;
}

function renderCheckReport(report) {
  const card = el("article", { class: "check-report", "aria-label": `Pre-check of ${report.file}` });
  card.append(el("h3", {}, report.file));
  card.append(el("div", { class: `badge ${OVERALL[report.overall] || "none"}`, role: "status" }, report.overall));
  card.append(el("p", {}, report.summary));
  if (report.candidates.length) {
    card.append(el("h4", { class: "subhead" }, "Control-list candidates"));
    const list = el("ul", { class: "next-steps" });
    for (const c of report.candidates.slice(0, 3)) {
      list.append(el("li", {}, `${c.citation} — ${c.title} (score ${c.score.toFixed(2)}${c.strong ? ", strong" : ""})`));
    }
    card.append(list);
  }
  const findings = el("ol", { class: "steps", "aria-label": "Findings" });
  for (const f of report.findings.slice(0, 30)) {
    const item = el("li", { class: `finding ${f.severity}` });
    item.append(el("span", { class: "step-q" }, `${f.severity.toUpperCase()} · ${f.kind} · ${f.location.label}`));
    item.append(document.createTextNode(`${f.message} `));
    for (const citation of f.citations) item.append(el("span", { class: "chip static" }, citation));
    findings.append(item);
  }
  card.append(el("h4", { class: "subhead" }, `Findings (${report.findings.length})`));
  card.append(findings);
  const details = el("details", { class: "full-text" });
  details.append(el("summary", {}, "Passages with highlights"));
  for (const passage of report.passages) {
    details.append(el("p", { class: "meta" }, passage.location.label));
    details.append(highlighted(passage.text, report.findings.filter((f) => f.segment === passage.segment)));
  }
  card.append(details);
  if (report.next_steps.length) {
    card.append(el("h4", { class: "subhead" }, "Next steps"));
    const steps = el("ul", { class: "next-steps" });
    for (const step of report.next_steps) steps.append(el("li", {}, step));
    card.append(steps);
  }
  return card;
}

async function uploadCheck(event) {
  event.preventDefault();
  const input = $("upload-file");
  const result = $("upload-result");
  if (!input.files.length) return;
  const form = new FormData();
  for (const file of input.files) form.append("file", file, file.name);
  result.replaceChildren(el("p", { class: "streaming" }, "Checking…"));
  $("upload-send").disabled = true;
  try {
    const headers = { Accept: "application/json" };
    if (apiKey()) headers.Authorization = `Bearer ${apiKey()}`;
    const response = await fetch("v1/check", { method: "POST", headers, body: form });
    const data = await response.json();
    if (!response.ok) throw new ApiError(response.status, (data.error && data.error.message) || response.statusText);
    result.replaceChildren();
    for (const error of data.errors) result.append(el("p", { class: "check-error", role: "alert" }, error.message));
    for (const report of data.reports) result.append(renderCheckReport(report));
  } catch (error) {
    result.replaceChildren(el("p", { class: "check-error", role: "alert" }, error.message));
  } finally {
    $("upload-send").disabled = false;
  }
}

// ---- Wiring ----------------------------------------------------------------------------

function wire() {
  $("composer").addEventListener("submit", (event) => {
    event.preventDefault();
    const box = $("message");
    const text = box.value;
    if (!text.trim() || state.busy) return;
    box.value = "";
    sendMessage(text);
  });
  $("message").addEventListener("keydown", (event) => {
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      $("composer").requestSubmit();
    }
  });
  $("new-chat").addEventListener("click", newConversation);
  $("upload-form").addEventListener("submit", uploadCheck);
  $("jurisdiction").addEventListener("change", () => {
    if (state.session) newConversation();
  });
  $("key-form").addEventListener("submit", async (event) => {
    event.preventDefault();
    const key = $("api-key").value.trim();
    if (key) localStorage.setItem(KEY_STORE, key);
    $("api-key").value = "";
    if (await loadMe()) await restoreSession();
  });
  $("forget-key").addEventListener("click", () => {
    localStorage.removeItem(KEY_STORE);
    $("key-status").textContent = "The key was removed from this browser.";
  });
  const dialog = $("passage");
  $("passage-close").addEventListener("click", () => dialog.close());
  dialog.addEventListener("close", () => {
    if (dialog.returnFocusTo) dialog.returnFocusTo.focus();
  });
}

document.addEventListener("DOMContentLoaded", async () => {
  wire();
  if (await loadMe()) await restoreSession();
  $("message").focus();
});
