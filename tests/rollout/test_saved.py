"""Saved rollouts (``trainer.save_rollouts_every``): what a file holds, and re-running the
estimator offline on it gives exactly the advantages the trainer used."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
import torch

from creditkit import EMPG, NIW, Compose, GiGPO, GraphGPO
from creditkit.models.settings import PolicyConfig, TinyModelConfig
from creditkit.rollout.saved import (
    load_rollout,
    load_step,
    replay_advantages,
    rollout_path,
    saved_steps,
)
from creditkit.shapers import InvalidActionPenalty
from creditkit.train.settings import TrainerConfig
from tests.trainer.test_options import small_trainer


def stateful_gigpo() -> GiGPO:
    """GiGPO whose step term is NIW with an EMA prior: its state changes every step."""
    return GiGPO(step_estimator=NIW(prior_decay=0.5))


def test_replaying_the_saved_rollouts_gives_the_trainers_advantages(tmp_path: Path) -> None:
    trainer = small_trainer(tmp_path, PolicyConfig(tiny=TinyModelConfig(format_warmup_steps=5)),
                            estimator=stateful_gigpo(), steps=3, save_rollouts_every=1)
    trainer.shaper = Compose([InvalidActionPenalty(penalty=0.1, when="after_discount")])
    used: list[torch.Tensor] = []
    update = trainer.update
    trainer.update = lambda tokens, advantages: (  # type: ignore[method-assign]
        used.append(advantages.clone()), update(tokens, advantages))[1]
    trainer.fit()
    assert saved_steps(tmp_path) == [1, 2, 3]
    fresh = stateful_gigpo()  # a new estimator, its NIW prior restored from each file
    for step, advantages in enumerate(used, start=1):
        saved = load_rollout(rollout_path(tmp_path, step))
        assert saved.advantages.dtype == advantages.dtype
        assert torch.equal(saved.advantages, advantages)
        assert torch.equal(replay_advantages(saved, fresh), advantages)
    # the EMA prior matters: step 3 without its saved state gives other advantages
    saved = load_rollout(rollout_path(tmp_path, 3))
    assert not torch.equal(replay_advantages(saved, stateful_gigpo(), restore_state=False),
                           used[2])


def test_graphgpo_trains_and_replays_from_the_saved_next_states(tmp_path: Path) -> None:
    # GraphGPO reads the state each action led to: the rollout records it, the file keeps it
    trainer = small_trainer(tmp_path, PolicyConfig(tiny=TinyModelConfig(format_warmup_steps=5)),
                            estimator=GraphGPO(gamma=0.5), steps=2, save_rollouts_every=1)
    used: list[torch.Tensor] = []
    update = trainer.update
    trainer.update = lambda tokens, advantages: (  # type: ignore[method-assign]
        used.append(advantages.clone()), update(tokens, advantages))[1]
    trainer.fit()
    saved = load_rollout(rollout_path(tmp_path, 2))
    assert "next_anchor_ids" in saved.steps.info
    assert torch.equal(replay_advantages(saved, GraphGPO(gamma=0.5)), used[1])
    turns = [t for episode in saved.episodes for t in episode["turns"]]
    assert all(isinstance(t["next_anchor_id"], int) for t in turns)


def test_empg_gets_the_turn_entropies_and_replays_from_the_saved_ones(tmp_path: Path) -> None:
    # the trainer fills info["step_entropies"] for an estimator that uses them (EMPG, also
    # nested: EMPG over GiGPO), the file keeps them, and they are the policy's own
    trainer = small_trainer(tmp_path, PolicyConfig(tiny=TinyModelConfig(format_warmup_steps=5)),
                            estimator=EMPG(base=GiGPO()), steps=2, save_rollouts_every=1)
    used: list[torch.Tensor] = []
    update = trainer.update
    trainer.update = lambda tokens, advantages: (  # type: ignore[method-assign]
        used.append(advantages.clone()), update(tokens, advantages))[1]
    trainer.update.step_entropies = update.step_entropies  # type: ignore[attr-defined]
    rollout = trainer.collect(1)
    entropies = update.step_entropies(rollout.tokens)
    model = trainer.accelerator.unwrap_model(trainer.model).eval()
    row = 3  # by hand: the softmax entropy at each of the row's generated tokens
    tokens = rollout.tokens
    with torch.no_grad():
        logits = model(input_ids=tokens.token_ids[row:row + 1],
                       attention_mask=tokens.attention_mask[row:row + 1]).logits[0].double()
    positions = tokens.loss_mask[row].nonzero().flatten()
    logp = torch.log_softmax(logits[positions - 1] / trainer.sampling.temperature, dim=-1)
    assert float(entropies[row]) == pytest.approx(float(-(logp.exp() * logp).sum(-1).mean()),
                                                  rel=1e-4)
    assert entropies.shape == (rollout.steps.num_rows,) and bool((entropies > 0).all())
    trainer.fit()
    saved = load_rollout(rollout_path(tmp_path, 2))
    assert saved.steps.info["step_entropies"].dtype == torch.float32
    assert torch.equal(replay_advantages(saved, EMPG(base=GiGPO())), used[1])


def test_a_saved_file_holds_the_texts_rewards_and_ids(tmp_path: Path) -> None:
    trainer = small_trainer(tmp_path, PolicyConfig(tiny=TinyModelConfig(format_warmup_steps=5)),
                            estimator=GiGPO(), steps=3, save_rollouts_every=2)
    trainer.shaper = Compose([InvalidActionPenalty(penalty=0.5)])
    trainer.fit()
    assert saved_steps(tmp_path) == [2, 3]  # every 2 steps, and the last step
    with gzip.open(rollout_path(tmp_path, 3), "rt") as handle:
        header, *episodes = [json.loads(line) for line in handle]
    assert header["step"] == 3 and header["estimator"].startswith("GiGPO(")
    assert header["raw_reward_names"] == header["reward_names"] == ["reward"]
    assert len(episodes) == 8  # 2 groups of 4
    assert [e["group"] for e in episodes] == [0, 0, 0, 0, 1, 1, 1, 1]
    assert len({e["seed"] for e in episodes}) == 2
    for episode in episodes:
        turns = episode["turns"]
        assert 1 <= len(turns) <= 3 and turns[-1]["done"] == (len(turns) < 3 or
                                                               episode["success"])
        assert episode["return"] == pytest.approx(sum(t["raw_rewards"][0] for t in turns))
        for turn in turns:
            assert "maze" in turn["prompt"].lower() and isinstance(turn["action"], str)
            penalty = 0.0 if turn["valid"] else 0.5  # the shaper's, before discounting
            assert turn["rewards"][0] == pytest.approx(turn["raw_rewards"][0] - penalty)
            assert isinstance(turn["anchor_id"], int)
    saved = load_step(tmp_path, 3)[0]
    assert saved.steps.num_rows == sum(len(e["turns"]) for e in episodes)
    assert saved.steps.anchor_ids is not None


def test_zero_saves_nothing_and_bad_values_are_refused(tmp_path: Path) -> None:
    small_trainer(tmp_path, PolicyConfig(tiny=TinyModelConfig(format_warmup_steps=5)),
                  save_rollouts_every=0).fit()
    assert saved_steps(tmp_path) == [] and not (tmp_path / "rollouts").exists()
    with pytest.raises(FileNotFoundError, match="save_rollouts_every"):
        load_step(tmp_path, 1)
    with pytest.raises(ValueError, match="trainer.save_rollouts_every"):
        TrainerConfig(save_rollouts_every=-1)
    other = tmp_path / "other.jsonl.gz"
    with gzip.open(other, "wt") as handle:
        handle.write(json.dumps({"step": 1}) + "\n")
    with pytest.raises(ValueError, match="not a saved creditkit rollout"):
        load_rollout(other)


def test_a_save_cut_short_leaves_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                         ) -> None:
    import creditkit.rollout.saved as saved_module

    trainer = small_trainer(tmp_path, PolicyConfig(tiny=TinyModelConfig(format_warmup_steps=5)),
                            estimator=GiGPO(), steps=1, save_rollouts_every=1)

    def full_disk(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(saved_module, "_episode_record", full_disk)  # after the header
    with pytest.raises(OSError, match="No space left"):
        trainer.fit()
    assert saved_steps(tmp_path) == []  # no half file for inspect to choke on
    assert not rollout_path(tmp_path, 1).exists()
