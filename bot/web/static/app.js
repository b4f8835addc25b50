// Krisesenterassistenten – small enhancements only; every page works without this file.
(function () {
  "use strict";
  // Buttons that need JavaScript are hidden in the HTML and shown here.
  document.querySelectorAll(".js-only").forEach(function (el) { el.hidden = false; });

  // Copy the journal note to the clipboard.
  document.querySelectorAll("[data-copy]").forEach(function (button) {
    button.addEventListener("click", function () {
      var field = document.getElementById(button.getAttribute("data-copy"));
      var status = button.parentElement.querySelector(".copy-status");
      if (!field) { return; }
      var done = function () { if (status) { status.textContent = "Kopiert."; } };
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(field.value).then(done, function () { field.select(); });
      } else {
        field.select();
        try { if (document.execCommand("copy")) { done(); } } catch (e) { /* the text stays selected */ }
      }
    });
  });

  // Print buttons (the handover, the safety plan).
  document.querySelectorAll("[data-print]").forEach(function (button) {
    button.addEventListener("click", function () { window.print(); });
  });

  // A chat form sent once: no second turn from a double click while the assistant answers.
  document.querySelectorAll("form.composer, form.choices, form.shortcuts, form.feedback").forEach(function (form) {
    form.addEventListener("submit", function (event) {
      if (form.dataset.sent) { event.preventDefault(); return; }
      form.dataset.sent = "1";
      window.setTimeout(function () {
        form.querySelectorAll("button").forEach(function (b) { b.disabled = true; });
      }, 0);
    });
  });
})();
