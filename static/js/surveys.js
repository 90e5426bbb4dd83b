/* Surveys: hide and show questions live as answers change (skip logic and region blocks).
   Optional: without JavaScript the server decides and shows further questions after sending.
   The rules mirror surveys/skip_logic.py; the server's decision is the one that counts.
   On the sectioned form the answers of the other sections are hidden inputs (data-carried),
   and this tab keeps the newest answers (sessionStorage), so that a screen brought back by the
   browser's Back or a reload shows every answer given since. */
(function () {
  "use strict";
  /* Sent: the answers this tab kept for the survey are no longer needed. */
  var done = document.querySelector("[data-survey-done]");
  if (done) {
    try { window.sessionStorage.removeItem("adal-survey:" + done.getAttribute("data-survey-done")); } catch (error) { /* none kept */ }
  }
  var form = document.querySelector("form[data-survey-form]");
  if (!form) { return; }
  var questions = Array.prototype.slice.call(form.querySelectorAll(".question[data-question]"));
  var shownInput = form.querySelector("input[name=shown]");
  var byCode = {};
  questions.forEach(function (q) { byCode[q.getAttribute("data-question")] = q; });

  function carriedInputs(code) {
    return Array.prototype.filter.call(form.querySelectorAll("input[data-carried]"), function (input) {
      return input.name === code;
    });
  }

  function canonical(value, type) {
    if (type === "number") {
      var n = parseFloat(String(value).replace(",", ".").replace(/\s/g, ""));
      return isNaN(n) ? null : String(n);
    }
    return value;
  }

  /* The answers given to an asked question, as canonical strings (several for checkboxes);
     a question of another section is asked when the server carried its answer here. */
  function answersOf(code, visible) {
    var q = byCode[code];
    var inputs;
    var type;
    if (q) {
      if (!visible[code]) { return []; }
      inputs = q.querySelectorAll("input, select, textarea");
      type = q.getAttribute("data-type");
    } else {
      inputs = carriedInputs(code);
      type = null;
    }
    var values = [];
    Array.prototype.forEach.call(inputs, function (input) {
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

  /* ---- The newest answers of this tab, for the sectioned form. ---- */
  var slug = form.getAttribute("data-survey-sections");
  var stepInput = form.querySelector("input[name=step]");
  var storageKey = slug ? "adal-survey:" + slug : null;

  function storage() {
    try { return window.sessionStorage; } catch (error) { return null; }
  }

  /* Every answer on this page: this section's inputs and the carried ones. */
  function pageAnswers() {
    var answers = {};
    function add(name, value) { (answers[name] = answers[name] || []).push(value); }
    questions.forEach(function (q) {
      var code = q.getAttribute("data-question");
      Array.prototype.forEach.call(q.querySelectorAll("input, select, textarea"), function (input) {
        if ((input.type === "radio" || input.type === "checkbox") && !input.checked) { return; }
        if (input.value !== "") { add(code, input.value); }
      });
    });
    Array.prototype.forEach.call(form.querySelectorAll("input[data-carried]"), function (input) {
      add(input.name, input.value);
    });
    return answers;
  }

  function save() {
    var store = storage();
    if (!store || !storageKey) { return; }
    var step = parseInt(stepInput && stepInput.value, 10) || 0;
    try {
      store.setItem(storageKey, JSON.stringify({ step: step, answers: pageAnswers() }));
    } catch (error) { /* storage full or refused: the form still carries everything */ }
  }

  /* Put saved answers on this page: this section's inputs, and carried inputs for the rest. */
  function restore(answers) {
    questions.forEach(function (q) {
      var code = q.getAttribute("data-question");
      var given = answers[code] || [];
      Array.prototype.forEach.call(q.querySelectorAll("input, select, textarea"), function (input) {
        if (input.type === "radio" || input.type === "checkbox") {
          input.checked = given.indexOf(input.value) !== -1;
        } else {
          input.value = given.length ? given[0] : "";
        }
      });
    });
    Array.prototype.forEach.call(form.querySelectorAll("input[data-carried]"), function (input) {
      input.parentNode.removeChild(input);
    });
    Object.keys(answers).forEach(function (code) {
      if (byCode[code]) { return; }
      answers[code].forEach(function (value) {
        var input = document.createElement("input");
        input.type = "hidden";
        input.name = code;
        input.value = value;
        input.setAttribute("data-carried", "");
        form.appendChild(input);
      });
    });
  }

  /* A page the server made after the saved answers is newer; an older one (Back, a reload)
     gets the saved answers. The same step is this page again: what was typed since counts. */
  function reconcile() {
    var store = storage();
    if (!store || !storageKey) { return; }
    var saved = null;
    try { saved = JSON.parse(store.getItem(storageKey) || "null"); } catch (error) { saved = null; }
    var step = parseInt(stepInput && stepInput.value, 10) || 0;
    if (saved && saved.answers && saved.step >= step) {
      restore(saved.answers);
      if (stepInput) { stepInput.value = String(saved.step); }
    }
    save();
  }

  reconcile();
  form.addEventListener("change", function () { update(); save(); });
  form.addEventListener("input", function () { update(); save(); });
  update();
  save();

  /* One click sends once; the page may come back from the browser's cache, so re-enable. */
  var send = form.querySelector("[data-send]");
  form.addEventListener("submit", function (event) {
    save();
    if (send && event.submitter === send) {
      send.disabled = true;
      send.setAttribute("aria-busy", "true");
    }
  });
  window.addEventListener("pageshow", function (event) {
    if (send) { send.disabled = false; send.removeAttribute("aria-busy"); }
    if (event.persisted) { reconcile(); update(); }
  });

  var summary = document.getElementById("error-summary");
  var heading = document.getElementById("section-heading");
  if (summary) { summary.focus(); } else if (heading && stepInput && stepInput.value !== "1") { heading.focus(); }
})();
