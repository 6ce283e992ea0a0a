// The print page's button (no inline handler: the Content-Security-Policy allows scripts from our origin only).
document.querySelectorAll("[data-print]").forEach(function (button) {
    button.addEventListener("click", function () { window.print(); });
});
