"""GiGPO's per-turn credit inside a training loop that is not creditkit's, on plain tensors.

Needs ``pip install creditkit`` alone (torch): no trainer, no Hydra, no transformers. The
"policy" is a table of logits over a corridor's cells; in verl or TRL it is your LLM, and the
rows below are the turns your rollout produced. The three creditkit calls are marked.
"""

from __future__ import annotations

import torch

from creditkit.anchors import anchor_ids_from_keys
from creditkit.estimators import gigpo_advantages
from creditkit.loss import policy_loss

CELLS, GOAL, MAX_TURNS = 5, 4, 8  # a corridor: start in cell 0, reach cell 4 in 8 moves
MOVES = (-1, +1)  # action 0: left, action 1: right
GROUPS, GROUP_SIZE = 4, 8  # episodes of a group share a task and a start state


def rollout(logits: torch.Tensor, generator: torch.Generator) -> dict[str, torch.Tensor]:
    """One row per turn, each episode's rows contiguous: what a multi-turn rollout yields."""
    rows: dict[str, list] = {"cell": [], "action": [], "reward": [], "episode": [], "group": []}
    for episode in range(GROUPS * GROUP_SIZE):
        cell = 0
        for _turn in range(MAX_TURNS):
            action = int(torch.multinomial(logits[cell].softmax(-1), 1, generator=generator))
            rows["cell"].append(cell)
            rows["action"].append(action)
            cell = min(max(cell + MOVES[action], 0), CELLS - 1)
            rows["reward"].append(1.0 if cell == GOAL else 0.0)
            rows["episode"].append(episode)
            rows["group"].append(episode // GROUP_SIZE)
            if cell == GOAL:
                break
    return {name: torch.tensor(values) for name, values in rows.items()}


def success_rate(batch: dict[str, torch.Tensor]) -> float:
    return float(batch["reward"].sum()) / (GROUPS * GROUP_SIZE)


def main() -> None:
    generator = torch.Generator().manual_seed(0)
    logits = torch.zeros(CELLS, 2, requires_grad=True)
    optimizer = torch.optim.Adam([logits], lr=0.1)
    first = None
    for step in range(1, 31):
        batch = rollout(logits.detach(), generator)
        first = success_rate(batch) if first is None else first
        # 1. anchor states: turns of one group that start from the same cell share an id
        anchor_ids = anchor_ids_from_keys(batch["cell"].tolist(), batch["group"])
        # 2. GiGPO: episode-level group baseline plus a step-level one over anchor states
        advantages = gigpo_advantages(batch["reward"], batch["episode"], batch["group"],
                                      anchor_ids, gamma=0.95)
        # 3. PPO-clip on the turns' tokens (one token per turn here: float [B, 1])
        logprobs = logits.log_softmax(-1)[batch["cell"], batch["action"]][:, None]
        loss = policy_loss(logprobs, logprobs.detach(), advantages[:, None],
                           torch.ones_like(logprobs, dtype=torch.bool)).loss
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        if step % 10 == 0:
            print(f"step {step}: success {success_rate(batch):.2f}, "
                  f"turns {len(batch['reward'])}")
    print(f"success: {first:.2f} at step 1 -> {success_rate(batch):.2f} at step 30")


if __name__ == "__main__":
    main()
