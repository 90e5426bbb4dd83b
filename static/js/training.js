// Training pages work without this file. With it, a page that comes back with errors moves
// the focus to its error summary, so keyboard and screen-reader users start from the list.
(function () {
  "use strict";
  var summary = document.getElementById("error-summary");
  if (summary) {
    summary.focus();
  }
})();
