"""``creditkit export``: a run's newest checkpoint as a Hugging Face model folder."""

from __future__ import annotations

from pathlib import Path

from omegaconf import DictConfig, OmegaConf

from creditkit.app.compose import build_trainer


def export_policy(run_dir: Path, out: Path | None = None) -> Path:
    """Write the newest checkpoint of ``run_dir`` as a model folder (``out``, default
    ``RUN_DIR/final``), rebuilding the run from the config it saved (``RUN_DIR/hydra``)."""
    saved = run_dir / "hydra" / "config.yaml"
    if not saved.exists():
        raise SystemExit(f"{saved} not found: is {run_dir} a creditkit-train run folder?")
    cfg = load_run_config(saved)
    cfg.output_dir, cfg.resume, cfg.progress = str(run_dir), True, False
    trainer = build_trainer(cfg)
    try:
        if trainer.restore_latest() == 0:
            raise SystemExit(f"{run_dir} has no checkpoint to export (trainer.save_every "
                             f"writes them; the run may have stopped before the first)")
        return trainer.save_policy(out or run_dir / "final")  # type: ignore[no-any-return]
    finally:
        trainer.close()


MOVED_SETTINGS = {f"{old}.{name}": name for old in ("creditkit.config", "creditkit.models.settings")
                  for name in ("PolicyConfig", "RolloutConfig", "TrainerConfig")}
"""The settings classes' paths before issue 34 (a run folder written then records them)."""


def load_run_config(path: Path) -> DictConfig:
    """A run's saved config (``RUN_DIR/hydra/config.yaml``), upgraded so that a run folder of
    an earlier version still exports: the ``_target_`` of a settings group written before the
    settings moved (``creditkit.config.PolicyConfig``, ...) points at the class's current home,
    and flat tiny-model keys (``policy.hidden_size``, ...) move under ``policy.tiny`` (or go,
    beside a named model, where they built nothing)."""
    from creditkit.app.compose import settings_classes
    from creditkit.train.resume import TINY_FIELDS

    cfg = OmegaConf.load(path)
    assert isinstance(cfg, DictConfig)
    current = {settings.__name__: f"{settings.__module__}.{settings.__qualname__}"
               for settings in settings_classes().values()}
    for group in ("policy", "rollout", "trainer"):
        target = cfg.get(group, {}).get("_target_")
        if target in MOVED_SETTINGS:
            cfg[group]["_target_"] = current[MOVED_SETTINGS[target]]
    policy = cfg.get("policy", {})
    flat = {name: policy.pop(name) for name in TINY_FIELDS if name in policy}
    if flat:
        policy["tiny"] = flat if policy.get("name_or_path") is None else None
    return cfg
