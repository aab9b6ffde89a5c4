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
    cfg = OmegaConf.load(saved)
    assert isinstance(cfg, DictConfig)
    cfg.output_dir, cfg.resume, cfg.progress = str(run_dir), True, False
    trainer = build_trainer(cfg)
    try:
        if trainer.restore_latest() == 0:
            raise SystemExit(f"{run_dir} has no checkpoint to export (trainer.save_every "
                             f"writes them; the run may have stopped before the first)")
        return trainer.save_policy(out or run_dir / "final")  # type: ignore[no-any-return]
    finally:
        trainer.close()
