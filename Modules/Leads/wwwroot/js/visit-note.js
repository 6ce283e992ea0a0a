// Leads: the follow-up form's voice note (MediaRecorder, 30 s at most) and the device's position
// (navigator.geolocation). Both are optional: without this script, a microphone or a position the form posts as before.
// The recording is put into the form's file input (DataTransfer), so the normal multipart post carries it; the
// server checks type, size and length again.
(() => {
  const box = document.querySelector("[data-voice]");
  if (box) {
    const input = box.querySelector("input[type=file]");
    const start = box.querySelector("[data-voice-start]");
    const stop = box.querySelector("[data-voice-stop]");
    const clear = box.querySelector("[data-voice-clear]");
    const status = box.querySelector("[data-voice-status]");
    const player = box.querySelector("audio");
    const maxSeconds = Number(box.dataset.maxSeconds || 30);
    let recorder = null;
    let timer = null;
    const supported = !!(window.MediaRecorder && navigator.mediaDevices?.getUserMedia && window.DataTransfer);
    start.hidden = !supported;
    if (!supported) status.textContent = box.dataset.msgUnsupported || "";

    start.addEventListener("click", async () => {
      let stream;
      try {
        stream = await navigator.mediaDevices.getUserMedia({ audio: true });
      } catch {
        status.textContent = box.dataset.msgDenied || "";
        return;
      }
      const chunks = [];
      recorder = new MediaRecorder(stream);
      const began = performance.now();
      recorder.ondataavailable = (e) => e.data.size && chunks.push(e.data);
      recorder.onstop = () => {
        clearInterval(timer);
        stream.getTracks().forEach((t) => t.stop());
        const type = (recorder.mimeType || "audio/webm").split(";")[0];
        const ext = type.includes("ogg") ? "ogg" : type.includes("mp4") ? "m4a" : type.includes("wav") ? "wav" : "webm";
        const file = new File(chunks, `voice.${ext}`, { type });
        const dt = new DataTransfer();
        dt.items.add(file);
        input.files = dt.files;
        player.src = URL.createObjectURL(file);
        player.hidden = false;
        clear.hidden = false;
        start.hidden = false;
        stop.hidden = true;
        status.textContent = `${Math.min(maxSeconds, Math.round((performance.now() - began) / 1000))} s`;
      };
      recorder.start();
      start.hidden = true;
      stop.hidden = false;
      timer = setInterval(() => {
        const s = (performance.now() - began) / 1000;
        status.textContent = `${Math.floor(s)} / ${maxSeconds} s`;
        if (s >= maxSeconds && recorder.state === "recording") recorder.stop();
      }, 250);
    });
    stop.addEventListener("click", () => recorder?.state === "recording" && recorder.stop());
    clear.addEventListener("click", () => {
      input.value = "";
      player.hidden = true;
      player.removeAttribute("src");
      clear.hidden = true;
      status.textContent = "";
    });
  }

  const where = document.querySelector("[data-position]");
  if (where && navigator.geolocation) {
    const button = where.querySelector("[data-position-get]");
    const status = where.querySelector("[data-position-status]");
    const set = (name, value) => (where.querySelector(`[data-position-${name}]`).value = value);
    button.hidden = false;
    button.addEventListener("click", () => {
      status.textContent = where.dataset.msgLocating || "";
      navigator.geolocation.getCurrentPosition(
        (p) => {
          set("lat", p.coords.latitude.toFixed(6));
          set("lng", p.coords.longitude.toFixed(6));
          set("acc", Math.round(p.coords.accuracy));
          status.textContent = `${p.coords.latitude.toFixed(5)}, ${p.coords.longitude.toFixed(5)} ±${Math.round(p.coords.accuracy)} m`;
        },
        () => (status.textContent = where.dataset.msgDenied || ""),
        { enableHighAccuracy: true, timeout: 15000, maximumAge: 60000 });
    });
  }
})();
