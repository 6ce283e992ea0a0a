// Deal kanban (no inline script: the Content-Security-Policy allows scripts from our origin only).
// - Drag a card onto a later column: the server moves it as the Move button would, or answers the move panel
//   pre-set to that stage (fields to fill, or the refusal). Touch and keyboard keep the Move button.
// - The live poll (about every 2 s, live-poll.js, change token) waits while a card is dragged or the move panel is open, so nothing
//   the user is doing is swapped away; the refresh after one's own move (dealsChanged) always runs.
(() => {
  const board = document.getElementById("kanban");
  const panel = document.getElementById("move-panel");
  if (!board || !panel || typeof htmx === "undefined") return;
  let dragged = null;
  const panelOpen = () => panel.querySelector("[data-testid=move-form]") !== null;
  const columnOf = (e) => e.target.closest && e.target.closest("[data-stage-id]");
  const clearTargets = () => board.querySelectorAll(".reach-live-drop").forEach((c) => c.classList.remove("reach-live-drop"));

  board.addEventListener("htmx:beforeRequest", (e) => {
    const trigger = e.detail.requestConfig.triggeringEvent;
    const poll = e.target === board && (!trigger || trigger.type === "livePoll");
    if (poll && (dragged !== null || panelOpen())) e.preventDefault();
  });
  board.addEventListener("htmx:beforeSwap", (e) => {
    if (e.target === board && dragged !== null) e.detail.shouldSwap = false; // the stamp stays old: the next poll fetches again
  });

  board.addEventListener("dragstart", (e) => {
    const card = e.target.closest && e.target.closest("[data-deal-id]");
    if (!card) return;
    dragged = card;
    card.classList.add("reach-live-dragging");
    card.setAttribute("aria-grabbed", "true");
    e.dataTransfer.effectAllowed = "move";
    e.dataTransfer.setData("text/plain", card.dataset.dealId);
  });
  board.addEventListener("dragend", () => {
    if (dragged) {
      dragged.classList.remove("reach-live-dragging");
      dragged.removeAttribute("aria-grabbed");
    }
    dragged = null;
    clearTargets();
  });
  board.addEventListener("dragover", (e) => {
    const column = columnOf(e);
    if (!dragged || !column || column.contains(dragged)) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = "move";
    if (!column.classList.contains("reach-live-drop")) {
      clearTargets();
      column.classList.add("reach-live-drop");
    }
  });
  board.addEventListener("drop", (e) => {
    const column = columnOf(e);
    if (!dragged || !column || column.contains(dragged)) return;
    e.preventDefault();
    const card = dragged;
    clearTargets();
    htmx.ajax("POST", board.dataset.dropUrl, {
      source: card,
      target: "#move-panel",
      swap: "innerHTML",
      values: { id: card.dataset.dealId, version: card.dataset.version, targetStageId: column.dataset.stageId },
    });
  });

  // Keyboard: the opened panel takes the focus; Cancel (or Escape) closes it and the board goes live again.
  document.addEventListener("htmx:afterSettle", (e) => {
    if (e.detail.target === panel) panel.querySelector("select, input:not([type=hidden]), button")?.focus();
  });
  panel.addEventListener("click", (e) => {
    if (e.target.closest("[data-move-cancel]")) panel.innerHTML = "";
  });
  panel.addEventListener("keydown", (e) => {
    if (e.key === "Escape" && panelOpen()) panel.innerHTML = "";
  });
})();
