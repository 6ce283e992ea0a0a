// Stores: the tablet day page. The browser only reports a position; the server decides (fence, dwell, exception).
(() => {
  // Check-in: get the position before the form goes (htmx or a plain post); a denied or failed lookup sends its error code.
  document.addEventListener("submit", (e) => {
    const form = e.target.closest("[data-geo-form]");
    if (!form || form.dataset.located === "1") {
      if (form) delete form.dataset.located;
      return;
    }
    e.preventDefault();
    e.stopImmediatePropagation();
    const button = form.querySelector("button[type=submit]");
    const label = button ? button.textContent : "";
    const send = (fields) => {
      for (const [name, value] of Object.entries(fields)) {
        const input = form.querySelector(`[data-geo=${name}]`);
        if (input) input.value = value;
      }
      if (button) { button.disabled = false; button.textContent = label; }
      form.dataset.located = "1";
      form.requestSubmit();
    };
    if (button) { button.disabled = true; button.textContent = button.dataset.locating || label; }
    if (!navigator.geolocation) {
      send({ latitude: "", longitude: "", accuracy: "", error: "unsupported" });
      return;
    }
    navigator.geolocation.getCurrentPosition(
      (p) => send({ latitude: p.coords.latitude, longitude: p.coords.longitude, accuracy: p.coords.accuracy, error: "" }),
      (err) => send({ latitude: "", longitude: "", accuracy: "", error: String(err.code) }),
      { enableHighAccuracy: true, timeout: 20000, maximumAge: 0 });
  }, true);

  // Dwell countdown: the server gives the seconds left; at zero the report button is enabled (the server checks again).
  const timers = new WeakSet();
  const start = (root) => {
    root.querySelectorAll("[data-countdown]").forEach((el) => {
      if (timers.has(el)) return;
      timers.add(el);
      const card = el.closest(".day-status") || document;
      const ends = Date.now() + Number(el.dataset.countdown) * 1000;
      const tick = () => {
        const left = Math.max(0, Math.ceil((ends - Date.now()) / 1000));
        el.textContent = `${String(Math.floor(left / 60)).padStart(2, "0")}:${String(left % 60).padStart(2, "0")}`;
        el.dataset.left = String(left);
        if (left > 0) { setTimeout(tick, 1000); return; }
        const button = card.querySelector("[data-report-button]");
        if (button) button.disabled = false;
        const box = card.querySelector("[data-countdown-box]");
        if (box) box.hidden = true;
        const done = card.querySelector("[data-countdown-done]");
        if (done) done.hidden = false;
      };
      tick();
    });
  };
  // The store picker goes on change (its Switch button stays for keyboards and no-JS).
  document.addEventListener("change", (e) => {
    if (e.target.matches("[data-autosubmit]")) e.target.form.requestSubmit();
  });
  document.addEventListener("htmx:load", (e) => start(e.detail.elt));
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", () => start(document));
  } else {
    start(document);
  }
})();
