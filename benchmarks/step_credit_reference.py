"""creditkit's GraphGPO, EMPG and iStar against their released code, on generated batches.

    python benchmarks/step_credit_reference.py --graphgpo-src DIR [--batches 200] [--seed 0]
    python benchmarks/step_credit_reference.py --empg-src FILE [--batches 200] [--seed 0]
    python benchmarks/step_credit_reference.py --istar-src DIR [--batches 200] [--seed 0]

iStar: ``DIR`` is Tongyi-ConvAI/Qwen-Character's ``CharacterRL-iStar/istar`` (@ 1de87a2); the
script compiles the advantage functions of ``core_istar.py`` and ``compute_eto_loss_rm`` of
``rm_utils.py`` (their modules import verl) and compares ``istar_rloo`` / ``istar_grpo`` with
:func:`istar_advantages` (rows in time order, implicit rewards already ``batch_norm``-ed by
the same rule) and the loss and its gradient with :func:`istar_prm_loss`.

GraphGPO: equality and speed against verl-agent's recipe. EMPG: equality against the reference
implementation (the authors released none): ``FILE`` is ARL-Arena's
``recipe/shop_agent/ppo/core_algos.py`` (WillDreamer/ARL-Arena @ a25a2a2). Its module imports
verl at the top, so the script reads the file and runs only its two functions,
``compute_grpo_outcome_advantage`` and ``compute_EMPG_advantage``, with numpy, torch (its
``float32`` meaning float64), ``re`` and ``defaultdict``. Each EMPG batch has token entropies
on 1-6 response tokens per turn, prompts that carry verl-agent's ``you have already taken N
step(s)`` counter (none on a first turn), 20% invalid actions and wins of 10; the released path
is GRPO with statistics across steps (penalty 0.1 on a row's last-token score), then EMPG.

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
import ast
import contextlib
import importlib
import io
import re
import statistics
import sys
import time
import types
from collections import defaultdict
from pathlib import Path
from typing import Any

import numpy as np
import torch

from creditkit.estimators import (
    empg_advantages,
    graphgpo_advantages,
    istar_advantages,
    istar_prm_loss,
)

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


def episode_returns(rows: dict[str, np.ndarray]) -> np.ndarray:
    """Each row's episode return (float64 [B])."""
    _, episode = np.unique(rows["episode"], return_inverse=True)
    return np.bincount(episode, weights=rows["reward"])[episode]


def released(core_graph: types.ModuleType, rows: dict[str, np.ndarray], *, gamma: float,
             distance: str, scale: str, episode_weight: float) -> np.ndarray:
    """The released trainer's GraphGPO advantages (one per row), values in float64."""
    size = rows["group"].shape[0]
    returns = episode_returns(rows)
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


class TensorDictStandIn(dict):  # type: ignore[type-arg]
    """Stand-in for verl's TensorDict batch: a dict of [B, ...] tensors with ``batch_size``."""

    @property
    def batch_size(self) -> tuple[int]:
        return (next(iter(self.values())).shape[0],)


def generate_turns(rng: np.random.Generator) -> dict[str, Any]:
    """An EMPG batch: graphgpo's rows plus token entropies, masks and prompts."""
    rows = generate(rng, int(rng.integers(2, 7)), int(rng.integers(2, 9)),
                    int(rng.integers(1, 13)), int(rng.integers(2, 9)))
    size, width = rows["group"].size, 6
    lengths = rng.integers(1, width + 1, size)
    mask = (np.arange(width)[None, :] < lengths[:, None]).astype(np.float64)
    scale = rng.choice([0.0, 1.0, 3.0], size)  # some turns certain, some not
    entropy = rng.random((size, width)) * scale[:, None] * mask
    start = np.r_[True, rows["episode"][1:] != rows["episode"][:-1]]
    turn = np.zeros(size, dtype=int)
    for i in range(1, size):
        turn[i] = 0 if start[i] else turn[i - 1] + 1
    prompts = [f"Your task ... you have already taken {t} step(s). Now act." if t else
               "Your task ... Now act." for t in turn]
    return {**rows, "mask": mask, "entropy": entropy, "prompts": prompts}


def released_empg(functions: dict[str, Any], rows: dict[str, Any], *, scale: str, k: float,
                  k_future: float, zeta: float) -> np.ndarray:
    """The reference: GRPO across steps, then ``compute_EMPG_advantage``; one value per row."""
    size, width = rows["mask"].shape
    returns = episode_returns(rows)
    mask = torch.tensor(rows["mask"])
    last = mask.sum(-1).long() - 1
    scores = torch.zeros(size, width, dtype=torch.float64)
    scores[torch.arange(size), last] = torch.tensor(returns - PENALTY * ~rows["valid"])
    uid = np.array([f"g{g}" for g in rows["group"]], dtype=object)
    traj = np.array([f"t{e}" for e in rows["episode"]], dtype=object)
    advantages, _ = functions["compute_grpo_outcome_advantage"](
        scores, mask, uid, traj, epsilon=1e-6, norm_adv_by_std_in_grpo=scale == "std",
        compute_mean_std_cross_steps=True)
    batch = DataProtoStandIn(
        TensorDictStandIn(old_entropy=torch.tensor(rows["entropy"]), response_mask=mask,
                          advantages=advantages.clone()),
        {"raw_prompt": [[{"content": p}] for p in rows["prompts"]], "traj_uid": traj})
    out, _ = functions["compute_EMPG_advantage"](batch, k=k, k_f=k_future, zeta=zeta)
    return out[:, 0].numpy()


def ours_empg(rows: dict[str, Any], *, scale: str, k: float, k_future: float,
              zeta: float) -> np.ndarray:
    """creditkit's EMPG with the reference's options; entropies reduced per turn here."""
    mask = torch.tensor(rows["mask"])
    entropies = (torch.tensor(rows["entropy"]) * mask).sum(-1) / mask.sum(-1).clamp(min=1)
    return empg_advantages(
        torch.tensor(rows["reward"], dtype=torch.float64), torch.tensor(rows["episode"]),
        torch.tensor(rows["group"]), entropies, torch.tensor(rows["valid"]), k=k,
        k_future=k_future, zeta=zeta, scale=scale,  # type: ignore[arg-type]
        episode_stat="step", invalid_penalty=PENALTY, eps=1e-6, entropy_eps=1e-8).numpy()


def load_functions(path: Path, names: tuple[str, ...]) -> dict[str, Any]:
    """The named top-level functions of ``path``, compiled without the module's imports."""
    tree = ast.parse(path.read_text())
    wanted = [node for node in tree.body
              if isinstance(node, ast.FunctionDef) and node.name in names]
    namespace: dict[str, Any] = {"np": np, "torch": in_float64(torch), "re": re,
                                 "defaultdict": defaultdict, "Any": Any}
    exec(compile(ast.Module(body=wanted, type_ignores=[]), str(path), "exec"), namespace)
    return namespace


def released_istar(functions: dict[str, Any], rows: dict[str, Any], implicit: np.ndarray, *,
                   baseline: str, scale: str) -> np.ndarray:
    """``compute_istar_rloo_advantage`` / ``compute_istar_grpo_advantage``, one per row."""
    size = rows["group"].size
    returns = episode_returns(rows)
    tokens = torch.zeros(size, 3, dtype=torch.float64)
    tokens[:, -1] = torch.tensor(returns - PENALTY * ~rows["valid"])
    scores = torch.zeros(size, 3, dtype=torch.float64)
    scores[:, -1] = torch.tensor(implicit / (np.abs(implicit).max() + 1e-6))
    data = DataProtoStandIn(
        {"token_level_rewards": tokens, "rm_scores": scores,
         "response_mask": torch.ones(size, 3, dtype=torch.float64)},
        {"uid": np.array([f"g{g}" for g in rows["group"]], dtype=object),
         "traj_uid": np.array([f"t{e}" for e in rows["episode"]], dtype=object)})
    if baseline == "rloo":
        out, _ = functions["compute_istar_rloo_advantage"](data)
    else:
        out, _ = functions["compute_istar_grpo_advantage"](
            data, mode="mean_std_norm" if scale == "std" else "mean_norm")
    return out[:, 0].numpy()


def released_prm_loss(functions: dict[str, Any], rows: dict[str, Any],
                      logratios: torch.Tensor) -> torch.Tensor:
    """``compute_eto_loss_rm`` on one token per row holding the row's summed log-ratio."""
    size = rows["group"].size
    returns = episode_returns(rows)
    data = DataProtoStandIn(
        {"acc": torch.tensor(returns / 10.0), "prompts": torch.zeros(size, 2),
         "attention_mask": torch.ones(size, 3)},
        {"uid": np.array([f"g{g}" for g in rows["group"]], dtype=object),
         "traj_uid": np.array([f"t{e}" for e in rows["episode"]], dtype=object),
         "active_masks": np.ones(size, dtype=bool)})
    with contextlib.redirect_stdout(io.StringIO()):
        return functions["compute_eto_loss_rm"](data, logratios[:, None], 0.05, "webshop")


def compare_istar(functions: dict[str, Any], batches: int, seed: int) -> None:
    rng = np.random.default_rng(seed)
    worst, worst_loss, worst_grad, cases, count = 0.0, 0.0, 0.0, 0, 0
    for _ in range(batches):
        rows = generate(rng, int(rng.integers(2, 7)), int(rng.integers(2, 9)),
                        int(rng.integers(1, 13)), int(rng.integers(2, 9)))
        implicit = rng.normal(0.0, 0.3, rows["group"].size)
        for baseline, scale in (("rloo", "none"), ("mean", "none"), ("mean", "std")):
            theirs = released_istar(functions, rows, implicit, baseline=baseline, scale=scale)
            mine = istar_advantages(
                torch.tensor(rows["reward"], dtype=torch.float64),
                torch.tensor(rows["episode"]), torch.tensor(rows["group"]),
                torch.tensor(implicit), torch.tensor(rows["valid"]),
                baseline=baseline, scale=scale, invalid_penalty=PENALTY).numpy()  # type: ignore[arg-type]
            if baseline == "mean" and scale == "std":  # their tied-representatives hazard
                keep = np.abs(theirs) < 1e3
                theirs, mine = theirs[keep], mine[keep]
            worst = max(worst, float(np.abs(theirs - mine).max(initial=0.0)))
            cases, count = cases + 1, count + theirs.size
        logratios = torch.tensor(rng.normal(0.0, 5.0, rows["group"].size), requires_grad=True)
        theirs_loss = released_prm_loss(functions, rows, logratios)
        (their_grad,) = torch.autograd.grad(theirs_loss, logratios, allow_unused=True)
        their_grad = torch.zeros_like(logratios) if their_grad is None else their_grad
        mine_loss = istar_prm_loss(logratios, torch.tensor(rows["episode"]),
                                   torch.tensor(rows["group"]),
                                   torch.tensor(rows["reward"], dtype=torch.float64))
        (my_grad,) = torch.autograd.grad(mine_loss, logratios, allow_unused=True)
        my_grad = torch.zeros_like(logratios) if my_grad is None else my_grad
        worst_loss = max(worst_loss, abs(float(theirs_loss.detach()) - float(mine_loss.detach())))
        worst_grad = max(worst_grad, float((their_grad - my_grad).abs().max()))
    print(f"iStar advantages: {cases} cases ({count} rows), largest |difference| {worst:.3g}")
    print(f"iStar PRM loss: {batches} batches, largest |difference| {worst_loss:.3g} (loss), "
          f"{worst_grad:.3g} (gradient)")


def timing_istar(functions: dict[str, Any], seed: int, repeats: int) -> None:
    """Median time of the RLOO advantages and the PRM loss (forward and backward) at the
    released WebShop batch: 16 tasks x 8 episodes of up to 10 turns."""
    rng = np.random.default_rng(seed)
    rows = generate(rng, 16, 8, 10, 40)
    implicit = rng.normal(0.0, 0.3, rows["group"].size)
    tensors = [torch.tensor(rows["reward"], dtype=torch.float64), torch.tensor(rows["episode"]),
               torch.tensor(rows["group"])]

    def loss_of(run: Any) -> None:
        logratios = torch.tensor(implicit, requires_grad=True)
        run(logratios).backward()

    paths = {
        "advantages": (lambda: released_istar(functions, rows, implicit, baseline="rloo",
                                              scale="none"),
                       lambda: istar_advantages(tensors[0], tensors[1], tensors[2],
                                                torch.tensor(implicit),
                                                torch.tensor(rows["valid"]),
                                                invalid_penalty=PENALTY)),
        "PRM loss + backward": (
            lambda: loss_of(lambda q: released_prm_loss(functions, rows, q)),
            lambda: loss_of(lambda q: istar_prm_loss(q, tensors[1], tensors[2], tensors[0])))}
    for name, (theirs, mine) in paths.items():
        times: dict[str, list[float]] = {"released": [], "creditkit": []}
        for _ in range(repeats):
            for key, run in (("released", theirs), ("creditkit", mine)):
                start = time.perf_counter()
                run()
                times[key].append(time.perf_counter() - start)
        slow, fast = (statistics.median(times[k]) for k in ("released", "creditkit"))
        print(f"iStar {name} at {rows['group'].size} rows (16 x 8 episodes, up to 10 turns): "
              f"released {slow * 1e3:.1f} ms, creditkit {fast * 1e3:.2f} ms (median of "
              f"{repeats}), {slow / fast:.0f}x")


def compare_empg(functions: dict[str, Any], batches: int, seed: int) -> None:
    rng = np.random.default_rng(seed)
    worst, cases, count = 0.0, 0, 0
    for _ in range(batches):
        rows = generate_turns(rng)
        for scale in ("std", "none"):
            for k, k_future, zeta in ((1.0, 1.0, 0.05), (1.0, 1.0, 0.1), (2.0, 0.5, 0.3)):
                options = dict(scale=scale, k=k, k_future=k_future, zeta=zeta)
                theirs = released_empg(functions, rows, **options)  # type: ignore[arg-type]
                mine = ours_empg(rows, **options)  # type: ignore[arg-type]
                worst = max(worst, float(np.abs(theirs - mine).max()))
                cases, count = cases + 1, count + theirs.size
    print(f"EMPG: {cases} cases ({count} rows), largest |difference| {worst:.3g}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--graphgpo-src", type=Path,
                        help="checkout holding gigpo/ and recipe/GraphGPO/")
    parser.add_argument("--empg-src", type=Path,
                        help="ARL-Arena's recipe/shop_agent/ppo/core_algos.py")
    parser.add_argument("--istar-src", type=Path,
                        help="CharacterRL-iStar/istar (core_istar.py, rm_utils.py)")
    parser.add_argument("--batches", type=int, default=200)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    if args.graphgpo_src is None and args.empg_src is None and args.istar_src is None:
        parser.error("give --graphgpo-src, --empg-src or --istar-src")
    if args.graphgpo_src is not None:
        core_graph = load_released(args.graphgpo_src)
        compare(core_graph, args.batches, args.seed)
        timing(core_graph, args.seed, args.repeats)
    if args.empg_src is not None:
        compare_empg(load_functions(args.empg_src, ("compute_grpo_outcome_advantage",
                                                     "compute_EMPG_advantage")),
                     args.batches, args.seed)
    if args.istar_src is not None:
        functions = load_functions(args.istar_src / "core_istar.py", (
            "compute_istar_rloo_advantage", "compute_istar_grpo_advantage",
            "episode_rloo_reward", "step_rloo_reward", "episode_grpo_reward",
            "step_grpo_reward"))
        functions.update(load_functions(args.istar_src / "rm_utils.py",
                                        ("compute_eto_loss_rm",)))
        compare_istar(functions, args.batches, args.seed)
        timing_istar(functions, args.seed, args.repeats)


if __name__ == "__main__":
    main()
