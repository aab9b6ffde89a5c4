"""creditkit's GraphGPO against its released code, on generated batches: equality and speed.

    python benchmarks/step_credit_reference.py --graphgpo-src DIR [--batches 200] [--seed 0]

``DIR`` is a checkout of the released GraphGPO (verl-agent ``recipe/GraphGPO``, read from the
fork zzj1111/alfworldauto @ 37aec78): the folder that holds ``gigpo/core_gigpo.py`` and
``recipe/GraphGPO/core_graph.py``. Their module stores its step values as float32 by name
(``np.float32``, ``torch.float32``); the script gives it numpy and torch whose ``float32`` is
float64, so both sides compute in float64. Their modules import ``verl.DataProto`` only as a
container of ``batch`` and ``non_tensor_batch``; this script gives them a stand-in with those
two attributes (labelled below), so verl itself is not needed. networkx and matplotlib must be
installed (core_graph imports them for its plots).

Each generated batch has 2-6 groups of 2-8 episodes of 1-12 turns over a few anchor states (so
states repeat within and across episodes), a random share of wins (reward 10 on the last turn),
random invalid actions, and a next state on every last turn (an existing anchor or a new
state). The released path is the trainer's: ``ComplexGraph.from_data``,
``Calculate_all_shortest_path``, ``compute_graph_path_returns``, the invalid-action penalty
(0.1) on the step values and on the row scores, then ``compute_graphgpo_outcome_advantage``.
creditkit's is :func:`graphgpo_advantages` with the spec's released options. The script prints
the largest absolute difference over all rows and options, and the median time of each path at
the released ALFWorld batch (16 tasks x 8 episodes x up to 50 turns).

Not run by the tests (CI has no copy of the released code); docs/estimators/graphgpo.md gives
its output.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import io
import statistics
import sys
import time
import types
from pathlib import Path
from typing import Any

import numpy as np
import torch

from creditkit.estimators import graphgpo_advantages

PENALTY = 0.1


class DataProtoStandIn:
    """Stand-in for ``verl.DataProto``: the released functions read only ``batch`` (tensors)
    and ``non_tensor_batch`` (numpy arrays) from it."""

    def __init__(self, batch: dict[str, torch.Tensor], non_tensor_batch: dict[str, Any]):
        self.batch, self.non_tensor_batch = batch, non_tensor_batch


def load_released(source: Path) -> types.ModuleType:
    """The released ``core_graph`` module (with ``gigpo.core_gigpo`` importable)."""
    verl = types.ModuleType("verl")
    verl.DataProto = DataProtoStandIn  # type: ignore[attr-defined]
    sys.modules.setdefault("verl", verl)
    sys.path[:0] = [str(source), str(source / "recipe" / "GraphGPO")]
    module = importlib.import_module("core_graph")
    module.np, module.torch = in_float64(np), in_float64(torch)  # type: ignore[attr-defined]
    return module


def in_float64(package: types.ModuleType) -> types.ModuleType:
    """``package`` (numpy or torch) with ``float32`` meaning float64: the released module
    casts its step values to float32 by name; the comparison runs it in float64."""
    shim = types.ModuleType(f"{package.__name__}_in_float64")
    shim.__dict__.update(package.__dict__)
    shim.float32 = package.float64  # type: ignore[attr-defined]
    return shim


def generate(rng: np.random.Generator, groups: int, episodes: int, max_turns: int,
             states: int) -> dict[str, np.ndarray]:
    """One batch of rows, episodes contiguous and in time order."""
    rows: dict[str, list[Any]] = {k: [] for k in (
        "group", "episode", "anchor", "next", "reward", "valid")}
    episode = 0
    for group in range(groups):
        for _ in range(episodes):
            turns = int(rng.integers(1, max_turns + 1))
            anchors = list(rng.integers(0, states, turns))
            won = bool(rng.random() < 0.4)
            last_next = int(rng.integers(0, states + 3))  # sometimes a state seen nowhere else
            for t in range(turns):
                rows["group"].append(group)
                rows["episode"].append(episode)
                rows["anchor"].append(int(anchors[t]))
                rows["next"].append(int(anchors[t + 1]) if t + 1 < turns else last_next)
                rows["reward"].append(10.0 if won and t == turns - 1 else 0.0)
                rows["valid"].append(bool(rng.random() > 0.2))
            episode += 1
    return {k: np.array(v) for k, v in rows.items()}


def released(core_graph: types.ModuleType, rows: dict[str, np.ndarray], *, gamma: float,
             distance: str, scale: str, episode_weight: float) -> np.ndarray:
    """The released trainer's GraphGPO advantages (one per row), values in float64."""
    size = rows["group"].shape[0]
    returns = np.zeros(size)
    for e in np.unique(rows["episode"]):
        returns[rows["episode"] == e] = rows["reward"][rows["episode"] == e].sum()
    last = np.r_[rows["episode"][1:] != rows["episode"][:-1], True]
    anchor_obs = np.array([f"s{a}" for a in rows["anchor"]], dtype=object)
    next_obs = np.array(["success" if lst and r > 0 else f"s{n}"
                         for lst, r, n in zip(last, returns, rows["next"], strict=True)],
                        dtype=object)
    uid = np.array([f"g{g}" for g in rows["group"]], dtype=object)
    traj = np.array([f"t{e}" for e in rows["episode"]], dtype=object)
    non_tensor = {"uid": uid, "traj_uid": traj, "anchor_obs": anchor_obs, "next_obs": next_obs,
                  "text_actions": np.array(["a"] * size, dtype=object),
                  "episode_rewards": returns, "rewards": rows["reward"],
                  "active_masks": np.ones(size, dtype=bool),
                  "is_action_valid": rows["valid"]}
    data = DataProtoStandIn({"input_ids": torch.zeros(size, 1, dtype=torch.long)}, non_tensor)
    graphs = core_graph.ComplexGraph.from_data(data)
    core_graph.ComplexGraph.Calculate_all_shortest_path(graphs)
    values = core_graph.compute_graph_path_returns(
        data, graphs, gamma=gamma, normalize_distance=distance == "progress").double()
    invalid = torch.tensor(~rows["valid"], dtype=torch.float64)
    values = values - PENALTY * invalid  # apply_invalid_action_penalty on step_rewards
    tokens = torch.zeros(size, 3, dtype=torch.float64)
    tokens[:, -1] = torch.tensor(returns) - PENALTY * invalid  # and on the last token's score
    with contextlib.redirect_stdout(io.StringIO()):  # it prints the step-group sizes
        advantages, _ = core_graph.compute_graphgpo_outcome_advantage(
            tokens, values, torch.ones(size, 3), anchor_obs, uid, traj,
            episode_advantage_w=episode_weight,
            mode="mean_std_norm" if scale == "std" else "mean_norm")
    return advantages[:, 0].numpy()


def ours(rows: dict[str, np.ndarray], *, gamma: float, distance: str, scale: str,
         episode_weight: float) -> np.ndarray:
    """creditkit's GraphGPO with the released options."""
    return graphgpo_advantages(
        torch.tensor(rows["reward"], dtype=torch.float64), torch.tensor(rows["episode"]),
        torch.tensor(rows["group"]), torch.tensor(rows["anchor"]),
        torch.tensor(rows["valid"]), next_anchor_ids=torch.tensor(rows["next"]), gamma=gamma,
        distance=distance, scale=scale, episode_weight=episode_weight,  # type: ignore[arg-type]
        episode_stat="step", invalid_penalty=PENALTY, eps=1e-6).numpy()


def compare(core_graph: types.ModuleType, batches: int, seed: int) -> None:
    rng = np.random.default_rng(seed)
    worst, cases, count = 0.0, 0, 0
    for _ in range(batches):
        rows = generate(rng, int(rng.integers(2, 7)), int(rng.integers(2, 9)),
                        int(rng.integers(1, 13)), int(rng.integers(2, 9)))
        for gamma in (0.1, 0.2, 0.8):
            for distance in ("absolute", "progress"):
                for scale in ("std", "none"):
                    for weight in (1.0, 0.0):
                        options = dict(gamma=gamma, distance=distance, scale=scale,
                                       episode_weight=weight)
                        theirs = released(core_graph, rows, **options)  # type: ignore[arg-type]
                        mine = ours(rows, **options)  # type: ignore[arg-type]
                        worst = max(worst, float(np.abs(theirs - mine).max()))
                        cases, count = cases + 1, count + theirs.size
    print(f"GraphGPO: {cases} cases ({count} rows), largest |difference| {worst:.3g}")


def timing(core_graph: types.ModuleType, seed: int, repeats: int) -> None:
    rng = np.random.default_rng(seed)
    rows = generate(rng, 16, 8, 50, 40)
    options = dict(gamma=0.1, distance="absolute", scale="std", episode_weight=1.0)
    times: dict[str, list[float]] = {"released": [], "creditkit": []}
    for _ in range(repeats):
        for name, run in (("released", lambda: released(core_graph, rows, **options)),
                          ("creditkit", lambda: ours(rows, **options))):
            start = time.perf_counter()
            run()  # type: ignore[no-untyped-call]
            times[name].append(time.perf_counter() - start)
    theirs, mine = (statistics.median(times[k]) for k in ("released", "creditkit"))
    print(f"GraphGPO at {rows['group'].size} rows (16 x 8 episodes, up to 50 turns): released "
          f"{theirs * 1e3:.1f} ms, creditkit {mine * 1e3:.2f} ms (median of {repeats}), "
          f"{theirs / mine:.0f}x")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--graphgpo-src", type=Path, required=True,
                        help="checkout holding gigpo/ and recipe/GraphGPO/")
    parser.add_argument("--batches", type=int, default=200)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    core_graph = load_released(args.graphgpo_src)
    compare(core_graph, args.batches, args.seed)
    timing(core_graph, args.seed, args.repeats)


if __name__ == "__main__":
    main()
