// Live boards' poll (no inline script: the Content-Security-Policy allows scripts from our origin only).
// An element with data-live-poll="2000" gets a "livePoll" event (its hx-trigger) every 80–100 % of that many
// milliseconds, the first one at a random moment within the first interval: open boards spread their polls instead
// of all asking at the same instant (a shared opening, a reconnect), and a change still shows within one interval.
// A hidden tab does not poll; it polls at once when shown again.
(() => {
  if (typeof htmx === "undefined") return;
  document.querySelectorAll("[data-live-poll]").forEach((el) => {
    const every = Number(el.dataset.livePoll) || 2000;
    const next = () => every * (0.8 + (0.2 * Math.random()));
    const tick = () => {
      if (!el.isConnected) return;
      if (!document.hidden) htmx.trigger(el, "livePoll");
      setTimeout(tick, next());
    };
    setTimeout(tick, every * Math.random());
    document.addEventListener("visibilitychange", () => {
      if (!document.hidden && el.isConnected) htmx.trigger(el, "livePoll");
    });
  });
})();
