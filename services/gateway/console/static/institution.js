// The institution desk's upload: the file goes up with XMLHttpRequest so that its progress shows
// (upload.onprogress), under the session's CSRF token; the answer is the import job's fragment, which htmx
// then keeps reading (its progress route) until the job has finished. The page stays usable meanwhile.
(function () {
  "use strict";
  function start() {
    var form = document.getElementById("import-form");
    if (!form) { return; }
    var bar = document.getElementById("upload-progress");
    var percent = document.getElementById("upload-percent");
    var status = document.getElementById("upload-status");
    var result = document.getElementById("import-result");
    var button = document.getElementById("import-submit");
    var fileInput = document.getElementById("import-file");
    function show(value) {
      bar.value = value;
      bar.textContent = value + " %";
      percent.textContent = value + " %";
      bar.setAttribute("data-percent", String(value));
    }
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      if (!fileInput.files || fileInput.files.length === 0) {
        status.textContent = form.getAttribute("data-no-file");
        return;
      }
      var token = form.querySelector("input[name=csrf_token]").value;
      var xhr = new XMLHttpRequest();
      show(0);
      status.textContent = "";
      result.innerHTML = "";
      button.disabled = true;
      form.setAttribute("data-state", "uploading");
      xhr.open("POST", form.action);
      xhr.setRequestHeader("X-CSRF-Token", token);
      xhr.setRequestHeader("X-Requested-With", "XMLHttpRequest");
      xhr.upload.onprogress = function (e) {
        if (e.lengthComputable && e.total > 0) { show(Math.round((100 * e.loaded) / e.total)); }
      };
      xhr.upload.onload = function () {
        show(100);
        status.textContent = form.getAttribute("data-checking");
        form.setAttribute("data-state", "checking");
      };
      xhr.onload = function () {
        button.disabled = false;
        if (xhr.status < 400) { show(100); }
        status.textContent = "";
        result.innerHTML = xhr.responseText;
        if (window.htmx) { window.htmx.process(result); }
        form.setAttribute("data-state", xhr.status < 400 ? "uploaded" : "refused");
      };
      xhr.onerror = function () {
        button.disabled = false;
        status.textContent = form.getAttribute("data-failed");
        form.setAttribute("data-state", "failed");
      };
      xhr.send(new FormData(form));
    });
  }
  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", start); } else { start(); }
})();
