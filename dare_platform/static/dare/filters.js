/* Filter panels (<details data-filters open>) are open as the server sends them, and stay so
   without this script. On a narrow screen they start closed, so the results come first and
   one tap on "Show or hide the filters" opens them; on a wide screen, where the toggle is not
   shown, they are always open. */
(function () {
  "use strict";

  var narrow = window.matchMedia("(max-width: 48rem)");
  var panels = document.querySelectorAll("details[data-filters]");

  function fit() {
    for (var i = 0; i < panels.length; i++) {
      panels[i].open = !narrow.matches;
    }
  }

  fit();
  narrow.addEventListener("change", fit);
})();
