// Phone navigation toggle; everything else is htmx attributes in the markup.
document.addEventListener("click", (e) => {
  const toggle = e.target.closest("[data-nav-toggle]");
  if (!toggle) return;
  const nav = document.getElementById(toggle.getAttribute("aria-controls"));
  const open = nav.classList.toggle("open");
  toggle.setAttribute("aria-expanded", String(open));
});
// A failed htmx request (500, network) must never fail silently.
document.addEventListener("htmx:responseError", (e) => {
  const flash = document.getElementById("flash");
  if (!flash) return;
  const status = e.detail.xhr.status;
  if (status === 409 || status === 422 || status === 400) return; // handled by the fragment the server returned
  const msg = document.documentElement.lang === "en"
    ? `Request failed (${status}). Your input is kept; please retry.`
    : `请求失败（${status}），已输入的内容仍保留，请重试。`;
  flash.innerHTML = `<div class="alert alert-danger" role="alert">${msg}</div>`;
});
// htmx 2 does not swap 4xx by default; our handlers return 409/422 fragments that must be shown.
document.addEventListener("htmx:beforeSwap", (e) => {
  const status = e.detail.xhr.status;
  if (status === 409 || status === 422 || status === 400) {
    e.detail.shouldSwap = true;
    e.detail.isError = false;
  }
});
