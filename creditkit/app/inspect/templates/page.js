(function () {
  "use strict";
  var details = JSON.parse(document.getElementById("turn-data").textContent);
  var panel = document.getElementById("detail");
  var lit = [];

  function row(table, name, value) {
    var tr = table.insertRow();
    tr.insertCell().textContent = name;
    tr.insertCell().textContent = value;
  }

  function show(index, group) {
    var turn = details[index];
    panel.textContent = "";
    var title = document.createElement("h3");
    title.textContent = "turn " + index + " \u00b7 group " + group;
    panel.appendChild(title);
    var table = document.createElement("table");
    row(table, "action", JSON.stringify(turn.action));
    row(table, "valid", String(turn.valid));
    row(table, "rewards", JSON.stringify(turn.rewards));
    row(table, "shaped", JSON.stringify(turn.shaped));
    row(table, "anchor id", turn.anchor === null ? "none" : String(turn.anchor));
    row(table, "same state", turn.same_state + " turn(s) of this group");
    Object.keys(turn.advantages).forEach(function (name) {
      row(table, "A (" + name + ")", turn.advantages[name].toFixed(4));
    });
    panel.appendChild(table);
    var label = document.createElement("h3");
    label.textContent = "prompt";
    panel.appendChild(label);
    var prompt = document.createElement("pre");
    prompt.textContent = turn.prompt;
    panel.appendChild(prompt);
  }

  function highlight(key) {
    lit.forEach(function (el) { el.classList.remove("hl"); });
    lit = Array.prototype.slice.call(document.querySelectorAll('.turn[data-key="' + key + '"]'));
    lit.forEach(function (el) { el.classList.add("hl"); });
  }

  document.addEventListener("mouseover", function (event) {
    var el = event.target.closest ? event.target.closest(".turn") : null;
    if (!el) { return; }
    show(Number(el.dataset.row), el.dataset.group);
    highlight(el.dataset.key);
  });
  document.body.dataset.ready = "true";
}());
