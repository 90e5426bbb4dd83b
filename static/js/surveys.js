/* Surveys: hide and show questions live as answers change (skip logic and region blocks).
   Optional: without JavaScript the server decides and shows further questions after sending.
   The rules mirror surveys/skip_logic.py; the server's decision is the one that counts. */
(function () {
  "use strict";
  var form = document.querySelector("form[data-survey-form]");
  if (!form) { return; }
  var questions = Array.prototype.slice.call(form.querySelectorAll(".question[data-question]"));
  var shownInput = form.querySelector("input[name=shown]");
  var byCode = {};
  questions.forEach(function (q) { byCode[q.getAttribute("data-question")] = q; });

  function canonical(value, type) {
    if (type === "number") {
      var n = parseFloat(String(value).replace(",", ".").replace(/\s/g, ""));
      return isNaN(n) ? null : String(n);
    }
    return value;
  }

  /* The answers given to a visible question, as canonical strings (several for checkboxes). */
  function answersOf(code, visible) {
    var q = byCode[code];
    if (!q || !visible[code]) { return []; }
    var type = q.getAttribute("data-type");
    var values = [];
    Array.prototype.forEach.call(q.querySelectorAll("input, select, textarea"), function (input) {
      if ((input.type === "radio" || input.type === "checkbox") && !input.checked) { return; }
      var value = canonical(input.value.trim(), type);
      if (value) { values.push(value); }
    });
    return values;
  }

  function conditionMet(rule, given) {
    if (!given.length) { return false; }
    if (rule.op === "equals") { return given.indexOf(rule.value) !== -1; }
    if (rule.op === "in") { return given.some(function (v) { return rule.value.indexOf(v) !== -1; }); }
    if (rule.op === "not") { return given.indexOf(rule.value) === -1; }
    return true;
  }

  function setVisible(q, visible) {
    if (q.hidden === !visible) { return; }
    q.hidden = !visible;
    Array.prototype.forEach.call(q.querySelectorAll("input, select, textarea"), function (input) {
      input.disabled = !visible;
    });
  }

  function update() {
    var visible = {};
    questions.forEach(function (q) {
      var ok = true;
      var regions = q.getAttribute("data-regions");
      var rule = q.getAttribute("data-show-if");
      if (regions) {
        var region = answersOf("region", visible)[0];
        ok = region !== undefined && regions.split(" ").indexOf(region) !== -1;
      }
      if (ok && rule) {
        rule = JSON.parse(rule);
        ok = conditionMet(rule, answersOf(rule.question, visible));
      }
      visible[q.getAttribute("data-question")] = ok;
      setVisible(q, ok);
    });
    if (shownInput) {
      shownInput.value = questions.filter(function (q) { return !q.hidden; })
        .map(function (q) { return q.getAttribute("data-question"); }).join(" ");
    }
  }

  form.addEventListener("change", update);
  form.addEventListener("input", update);
  update();

  /* One click sends once; the page may come back from the browser's cache, so re-enable. */
  var send = form.querySelector("[data-send]");
  form.addEventListener("submit", function () {
    if (send) { send.disabled = true; send.setAttribute("aria-busy", "true"); }
  });
  window.addEventListener("pageshow", function () {
    if (send) { send.disabled = false; send.removeAttribute("aria-busy"); }
  });

  var summary = document.getElementById("error-summary");
  if (summary) { summary.focus(); }
})();
