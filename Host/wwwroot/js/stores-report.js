// Stores: the daily report form (/Stores/Report). Keeps what was typed in localStorage per store and day, records
// customer questions with MediaRecorder (30 s at most), and sends everything with fetch so a failed send never loses
// the page. Photos and recordings are kept in IndexedDB under the same key and put back on reload (where IndexedDB is
// unavailable they are not kept, and the note on the page says so).
(() => {
  const form = document.getElementById("report-form");
  if (!form) return;
  const result = document.getElementById("report-result");
  const progress = form.querySelector("[data-report-progress]");
  const submit = form.querySelector("[type=submit]");
  const generalError = form.querySelector("[data-error-for='']");
  const draftKey = `stores-report:${form.dataset.store}:${form.dataset.day}`;
  const maxSeconds = 30;
  const recordings = [];
  const pending = new Map(); // file input → restored files the browser would not let us put back into the input
  const msg = (name, ...args) => (form.dataset[name] || "").replace(/\{(\d)\}/g, (_, i) => args[Number(i)] ?? "");

  // ---- feedback lines: category → option without a round trip --------------------------------------------------
  const lines = form.querySelector("[data-feedback-lines]");
  const tree = JSON.parse(lines.dataset.tree || "{}");
  const template = document.getElementById("feedback-line");

  function fillOptions(line, selected) {
    const category = line.querySelector("[data-feedback-category]").value;
    const select = line.querySelector("[data-feedback-option]");
    const first = select.options[0];
    select.replaceChildren(first);
    for (const [code, name] of tree[category] || []) {
      select.add(new Option(name, code, false, code === selected));
    }
  }

  function renumber() {
    lines.querySelectorAll("[data-feedback-line]").forEach((line, i) => {
      line.querySelectorAll("[data-name]").forEach((el) => {
        el.name = `Input.Feedback[${i}].${el.dataset.name}`;
        el.id = `feedback-${i}-${el.dataset.name}`;
        const label = el.closest(".field")?.querySelector("label");
        if (label) label.htmlFor = el.id;
      });
      line.querySelectorAll("[data-error-name]").forEach((el) => {
        el.dataset.errorFor = `Input.Feedback[${i}].${el.dataset.errorName}`;
      });
    });
  }

  function addLine(values) {
    const line = template.content.firstElementChild.cloneNode(true);
    lines.appendChild(line);
    if (values) {
      line.querySelector("[data-feedback-category]").value = values.Category || "";
      fillOptions(line, values.Option || "");
      line.querySelector("[data-name=Question]").value = values.Question || "";
    }
    renumber();
    return line;
  }

  lines.addEventListener("change", (e) => {
    if (e.target.matches("[data-feedback-category]")) fillOptions(e.target.closest("[data-feedback-line]"), "");
  });
  form.addEventListener("click", (e) => {
    if (e.target.closest("[data-feedback-add]")) {
      addLine().querySelector("select").focus();
      saveDraft();
    } else if (e.target.closest("[data-feedback-remove]")) {
      e.target.closest("[data-feedback-line]").remove();
      renumber();
      saveDraft();
    }
  });

  // ---- draft in localStorage (text, selects, radios, the idempotency key) ---------------------------------------
  function draftFields() {
    return [...form.querySelectorAll("input[name], select[name], textarea[name]")]
      .filter((el) => el.type !== "file" && el.type !== "hidden" && !el.hasAttribute("data-no-draft"));
  }

  function saveDraft() {
    const fields = {};
    for (const el of draftFields()) {
      if (el.type === "radio") {
        if (el.checked) fields[el.name] = el.value;
      } else if (!el.closest("[data-feedback-line]")) {
        fields[el.name] = el.value;
      }
    }
    const feedback = [...lines.querySelectorAll("[data-feedback-line]")].map((line) => ({
      Category: line.querySelector("[data-feedback-category]").value,
      Option: line.querySelector("[data-feedback-option]").value,
      Question: line.querySelector("[data-name=Question]").value,
    }));
    const key = form.querySelector("[data-draft-key]").value;
    try {
      localStorage.setItem(draftKey, JSON.stringify({ key, fields, feedback }));
    } catch {
      // Storage full or disabled: the form still works, only the draft is not kept.
    }
  }

  function restoreDraft() {
    let draft = null;
    try {
      draft = JSON.parse(localStorage.getItem(draftKey) || "null");
    } catch {
      draft = null;
    }
    if (!draft) {
      addLine();
      return;
    }
    form.querySelector("[data-draft-key]").value = draft.key;
    for (const el of draftFields()) {
      if (!(el.name in draft.fields)) continue;
      if (el.type === "radio") el.checked = draft.fields[el.name] === el.value;
      else el.value = draft.fields[el.name];
    }
    (draft.feedback && draft.feedback.length ? draft.feedback : [{}]).forEach((values) => addLine(values));
    showGeneral(msg("msgRestored"), "alert-info");
  }

  function clearDraft() {
    try {
      localStorage.removeItem(draftKey);
      // Drafts of earlier days for this store are of no use any more.
      for (let i = localStorage.length - 1; i >= 0; i--) {
        const k = localStorage.key(i);
        if (k && k.startsWith(`stores-report:${form.dataset.store}:`)) localStorage.removeItem(k);
      }
    } catch {
      // nothing to clear
    }
    // Photos and recordings of this store's drafts (today's and earlier days').
    if (filesKept) saving = saving.then(() => idb.clear(`stores-report:${form.dataset.store}:`)).catch(() => {});
  }

  form.addEventListener("input", (e) => {
    if (e.target.type !== "file") saveDraft();
  });
  form.addEventListener("change", (e) => {
    if (e.target.type !== "file") saveDraft();
  });

  // ---- files (photos, recordings) in IndexedDB under the same key ------------------------------------------------
  const idb = (() => {
    let opened = null;
    const open = () => opened ??= new Promise((resolve, reject) => {
      const req = window.indexedDB.open("stores-report", 1);
      req.onupgradeneeded = () => req.result.createObjectStore("files");
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
      req.onblocked = () => reject(new Error("blocked"));
    });
    const run = async (mode, work) => {
      const db = await open();
      return new Promise((resolve, reject) => {
        const tx = db.transaction("files", mode);
        const req = work(tx.objectStore("files"));
        tx.oncomplete = () => resolve(req.result);
        tx.onerror = tx.onabort = () => reject(tx.error);
      });
    };
    return {
      get: (key) => run("readonly", (s) => s.get(key)),
      put: (key, value) => run("readwrite", (s) => s.put(value, key)),
      clear: (prefix) => run("readwrite", (s) => s.delete(IDBKeyRange.bound(prefix, `${prefix}\uffff`))),
    };
  })();
  let filesKept = !!window.indexedDB;
  let saving = Promise.resolve();

  function filesNotKept() {
    filesKept = false;
    const note = form.querySelector("[data-files-note]");
    if (note) note.textContent = msg("msgFilesNotKept");
  }

  const fileInputs = () => [...form.querySelectorAll("input[type=file][name]")];
  const slot = (input) => `${input.name}#${fileInputs().filter((el) => el.name === input.name).indexOf(input)}`;
  const currentFiles = (input) => (input.files.length ? [...input.files] : pending.get(input) || []);
  const pack = async (file) =>
    ({ name: file.name, type: file.type, lastModified: file.lastModified, data: await file.arrayBuffer() });

  function saveFiles() {
    if (!filesKept) return;
    saving = saving.then(async () => {
      const inputs = {};
      for (const input of fileInputs()) {
        const files = currentFiles(input);
        if (files.length) inputs[slot(input)] = await Promise.all(files.map(pack));
      }
      const recs = await Promise.all(recordings.map(async (r) =>
        ({ type: r.blob.type, seconds: r.seconds, data: await r.blob.arrayBuffer() })));
      await idb.put(draftKey, { inputs, recordings: recs });
    }).catch(filesNotKept);
  }

  async function restoreFiles() {
    if (!filesKept) return filesNotKept();
    let saved;
    try {
      saved = await idb.get(draftKey);
    } catch {
      return filesNotKept();
    }
    if (!saved) return;
    for (const input of fileInputs()) {
      const packed = saved.inputs?.[slot(input)];
      if (!packed?.length) continue;
      const files = packed.map((p) => new File([p.data], p.name, { type: p.type, lastModified: p.lastModified }));
      try {
        const transfer = new DataTransfer();
        files.forEach((f) => transfer.items.add(f));
        input.files = transfer.files;
      } catch {
        // This browser does not let a script fill a file input: the files are added when sending instead.
      }
      if (input.files.length !== files.length) pending.set(input, files);
      showPreviews(input);
    }
    for (const r of (saved.recordings || []).slice(0, 5)) {
      const blob = new Blob([r.data], { type: r.type });
      recordings.push({ blob, seconds: r.seconds, url: URL.createObjectURL(blob) });
    }
    renderRecordings();
    if (generalError.hidden) showGeneral(msg("msgRestored"), "alert-info");
  }

  // ---- photo previews (data: URLs: the page's CSP allows them for images) ---------------------------------------
  function preview(file, img) {
    const reader = new FileReader();
    reader.onload = () => {
      img.src = reader.result;
      img.hidden = false;
    };
    reader.readAsDataURL(file);
  }

  function showPreviews(input) {
    const files = currentFiles(input);
    if (input.matches("[data-preview]")) {
      const img = input.parentElement.querySelector("img");
      if (files[0]) preview(files[0], img);
      else img.hidden = true;
    } else if (input.matches("[data-preview-list]")) {
      const box = input.parentElement.querySelector("[data-previews]");
      box.replaceChildren();
      const error = form.querySelector("[data-error-for=Screenshots]");
      error.textContent = files.length > Number(input.dataset.max) ? msg("msgTooMany") : "";
      for (const file of files) {
        const img = document.createElement("img");
        img.alt = file.name;
        box.appendChild(img);
        preview(file, img);
      }
    }
  }

  form.addEventListener("change", (e) => {
    if (e.target.type !== "file") return;
    pending.delete(e.target);
    showPreviews(e.target);
    saveFiles();
  });

  // ---- voice recordings ------------------------------------------------------------------------------------------
  const recorderBox = form.querySelector("[data-recorder]");
  const startButton = recorderBox.querySelector("[data-rec-start]");
  const stopButton = recorderBox.querySelector("[data-rec-stop]");
  const timer = recorderBox.querySelector("[data-rec-timer]");
  const list = recorderBox.querySelector("[data-rec-list]");
  const recError = form.querySelector("[data-error-for=Recordings]");
  let recorder = null;
  let ticking = null;

  if (!window.MediaRecorder || !navigator.mediaDevices?.getUserMedia) {
    recorderBox.querySelector("[data-rec-unsupported]").hidden = false;
    startButton.disabled = true;
  }

  const clock = (s) => `${Math.floor(s / 60)}:${String(Math.floor(s % 60)).padStart(2, "0")} / 0:${maxSeconds}`;

  function renderRecordings() {
    list.replaceChildren();
    recordings.forEach((rec, i) => {
      const item = document.createElement("li");
      const audio = document.createElement("audio");
      audio.controls = true;
      audio.src = rec.url;
      const remove = document.createElement("button");
      remove.type = "button";
      remove.className = "btn";
      remove.textContent = `✕ ${list.dataset.deleteLabel}`;
      remove.addEventListener("click", () => {
        URL.revokeObjectURL(rec.url);
        recordings.splice(i, 1);
        renderRecordings();
        saveFiles();
      });
      item.append(`${rec.seconds.toFixed(0)} s `, audio, remove);
      list.appendChild(item);
    });
    startButton.disabled = recordings.length >= 5 || !window.MediaRecorder;
    recError.textContent = recordings.length >= 5 ? msg("msgRecMax") : "";
  }

  startButton.addEventListener("click", async () => {
    if (recordings.length >= 5) return;
    let stream;
    try {
      stream = await navigator.mediaDevices.getUserMedia({ audio: true });
    } catch {
      recError.textContent = msg("msgRecDenied");
      return;
    }
    const chunks = [];
    recorder = new MediaRecorder(stream);
    const started = performance.now();
    recorder.ondataavailable = (e) => e.data.size && chunks.push(e.data);
    recorder.onstop = () => {
      clearInterval(ticking);
      stream.getTracks().forEach((t) => t.stop());
      const seconds = Math.min(maxSeconds, (performance.now() - started) / 1000);
      const blob = new Blob(chunks, { type: (recorder.mimeType || "audio/webm").split(";")[0] });
      recordings.push({ blob, seconds, url: URL.createObjectURL(blob) });
      startButton.hidden = false;
      stopButton.hidden = true;
      timer.textContent = clock(0);
      renderRecordings();
      saveFiles();
    };
    recorder.start();
    startButton.hidden = true;
    stopButton.hidden = false;
    ticking = setInterval(() => {
      const s = (performance.now() - started) / 1000;
      timer.textContent = clock(Math.min(s, maxSeconds));
      if (s >= maxSeconds && recorder.state === "recording") recorder.stop();
    }, 200);
  });
  stopButton.addEventListener("click", () => recorder?.state === "recording" && recorder.stop());

  // ---- send ------------------------------------------------------------------------------------------------------
  function showGeneral(text, kind = "alert-danger") {
    generalError.className = `alert ${kind}`;
    generalError.textContent = text;
    generalError.hidden = !text;
  }

  function clearErrors() {
    form.querySelectorAll("[data-error-for]").forEach((el) => {
      if (el !== generalError) el.textContent = "";
    });
    showGeneral("");
  }

  function showProblems(body) {
    const general = [];
    for (const p of body.problems || []) {
      const el = p.field ? form.querySelector(`[data-error-for="${CSS.escape(p.field)}"]`) : null;
      if (el) el.textContent = el.textContent ? `${el.textContent} ${p.message}` : p.message;
      else general.push(p.message);
    }
    showGeneral([body.message, ...general].filter(Boolean).join(" "));
    generalError.scrollIntoView({ block: "center" });
  }

  const position = () => new Promise((resolve) => {
    if (!navigator.geolocation) return resolve(null);
    navigator.geolocation.getCurrentPosition((p) => resolve(p.coords), () => resolve(null),
      { enableHighAccuracy: true, timeout: 15000, maximumAge: 0 });
  });

  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    if (submit.disabled) return;
    submit.disabled = true;
    clearErrors();
    saveDraft();
    try {
      await restoring;
      progress.textContent = msg("msgLocating");
      const coords = await position();
      form.querySelector("[name='Input.Latitude']").value = coords ? coords.latitude : "";
      form.querySelector("[name='Input.Longitude']").value = coords ? coords.longitude : "";
      form.querySelector("[name='Input.Accuracy']").value = coords ? coords.accuracy : "";
      renumber();
      const data = new FormData(form);
      // Restored files the browser kept out of their inputs go in their place, in the inputs' order.
      for (const name of new Set([...pending.keys()].map((input) => input.name))) {
        data.delete(name);
        for (const input of fileInputs().filter((el) => el.name === name)) {
          currentFiles(input).forEach((f) => data.append(name, f, f.name));
        }
      }
      recordings.forEach((rec, i) => {
        const ext = rec.blob.type.includes("mp4") ? "m4a" : rec.blob.type.includes("ogg") ? "ogg" : "webm";
        data.append("Recordings", rec.blob, `question-${i + 1}.${ext}`);
      });
      progress.textContent = msg("msgSending");
      const response = await fetch(form.action, {
        method: "POST",
        body: data,
        headers: { Accept: "text/html, application/json" },
        signal: AbortSignal.timeout(180000),
      });
      const type = response.headers.get("Content-Type") || "";
      if (response.ok && type.includes("text/html")) {
        const html = await response.text();
        if (html.includes("data-testid=\"report-confirmation\"")) {
          clearDraft();
          result.innerHTML = html;
          form.remove();
          result.scrollIntoView({ block: "start" });
          return;
        }
      }
      if (type.includes("application/json")) {
        showProblems(await response.json());
      } else {
        showGeneral(msg("msgFailed", response.status));
      }
    } catch {
      showGeneral(msg("msgNetwork"));
    } finally {
      progress.textContent = "";
      if (submit.isConnected) submit.disabled = false;
    }
  });

  restoreDraft();
  renderRecordings();
  const restoring = restoreFiles().catch(filesNotKept);
})();
