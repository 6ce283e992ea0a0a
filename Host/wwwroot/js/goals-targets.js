// Goals: the split page (/Goals/Targets/Split). Shows what is left to split as the shares are typed, in whole units
// (fen for money) so the sum is exact; the server's check stays the rule.
(() => {
  const form = document.getElementById("goals-targets-split");
  if (!form) return;
  const unit = Number(form.dataset.unit || "1");
  const toUnits = (text) => {
    const clean = String(text || "").replace(/[,，¥￥%\s]/g, "");
    if (clean === "") return 0;
    const n = Number(clean);
    return Number.isFinite(n) ? Math.round(n / unit) : NaN;
  };
  const parent = toUnits(form.dataset.parent);
  const output = form.querySelector("[data-remaining]");
  const decimals = unit < 1 ? 2 : 0;
  function update() {
    let sum = 0;
    for (const input of form.querySelectorAll("[data-share]")) sum += toUnits(input.value);
    if (Number.isNaN(sum)) {
      output.textContent = "?";
      return;
    }
    const left = (parent - sum) * unit;
    output.textContent = left.toLocaleString(undefined, { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    output.classList.toggle("goals-targets-off", parent !== sum);
  }
  form.addEventListener("input", update);
  update();
})();
