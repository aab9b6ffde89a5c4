"""The one place configs are composed: Hydra's config folder, the structured schemas and
resolvers, :func:`compose`, :func:`build` (one config group) and :func:`build_trainer`.

Console scripts, ``creditkit inspect``, the Sotopia apps, benchmarks and tests all compose
through this module, so an option file means the same thing everywhere (its ``defaults:`` list
applied, its schema checked). Registration (:func:`register`) is idempotent and happens on the
first compose, not at import time.

>>> from creditkit.app.compose import build, compose
>>> cfg = compose(["estimator=gigpo_no_std", "output_dir=/tmp/x"])
>>> build(cfg, "estimator").scale
'none'
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from typing import Any

from omegaconf import MISSING, DictConfig, OmegaConf

CONFIG_DIR = str(files("creditkit.configs"))
"""The ``configs/`` folder (installed as the ``creditkit.configs`` package)."""
CHECKOUT = Path(__file__).resolve().parents[2]
"""The folder holding the ``creditkit`` package: the repository root of a source checkout."""
GROUPS = ("env", "estimator", "shaper", "policy", "rollout", "trainer", "engine")
"""The config groups of ``train.yaml`` that :func:`build` instantiates."""


def checkout_path(relative: str) -> str:
    """``${checkout:PATH}`` in configs: PATH relative to :data:`CHECKOUT`, not to the working
    folder (so ``../shared/data/...`` is found wherever a command runs)."""
    return str((CHECKOUT / relative).resolve())


@dataclass
class TrainSchema:
    """The top level of ``configs/train.yaml``: a key not listed here fails at compose time."""

    env: Any = MISSING
    estimator: Any = MISSING
    shaper: Any = MISSING
    policy: Any = MISSING
    rollout: Any = MISSING
    trainer: Any = MISSING
    engine: Any = MISSING
    seed: int = 0
    output_dir: str = MISSING
    resume: bool = True
    replace: bool = False
    progress: bool = True
    evaluation: Any = MISSING


def settings_schema(settings: type, target: bool = True) -> type:
    """A structured config node of a settings dataclass: its ``_target_`` (``target``) and every
    field with its default, so that a group YAML restates no default (each lives in the
    dataclass) and an override typo fails at compose time. A field whose default is itself a
    settings dataclass (``policy.tiny``) becomes a nested node of the same kind, without a
    ``_target_`` (the outer dataclass converts it). Values are validated by the dataclasses."""
    fields: list[tuple[str, Any, Any]] = []
    if target:
        fields.append(("_target_", str, dataclasses.field(
            default=f"{settings.__module__}.{settings.__qualname__}")))
    for field in dataclasses.fields(settings):
        if field.default is not dataclasses.MISSING:
            default = dataclasses.field(default=field.default)
        elif dataclasses.is_dataclass(nested := field.default_factory()):  # type: ignore[misc,operator]
            default = dataclasses.field(
                default_factory=settings_schema(type(nested), target=False))
        else:
            default = dataclasses.field(default_factory=field.default_factory)
        fields.append((field.name, Any, default))
    return dataclasses.make_dataclass(f"{settings.__name__}Schema", fields)


def settings_classes() -> dict[str, type]:
    """The settings dataclass of each settings group: its options extend its schema."""
    from creditkit.models.settings import PolicyConfig
    from creditkit.rollout.settings import RolloutConfig
    from creditkit.train.settings import TrainerConfig

    return {"policy": PolicyConfig, "rollout": RolloutConfig, "trainer": TrainerConfig}


_registered = False


def register() -> None:
    """Register the resolvers (``${checkout:PATH}``, ``${run_name:}``) and the schemas
    (``train_schema``; ``policy/schema``, ``rollout/schema``, ``trainer/schema``: the bases of
    those groups' YAML files). Idempotent; every function here calls it first."""
    global _registered
    if _registered:
        return
    from hydra.core.config_store import ConfigStore

    from creditkit.train.run_folder import default_run_name

    OmegaConf.register_new_resolver("checkout", checkout_path, replace=True)
    OmegaConf.register_new_resolver("run_name", default_run_name, replace=True, use_cache=True)
    store = ConfigStore.instance()
    store.store(name="train_schema", node=TrainSchema)
    for group, settings in settings_classes().items():
        store.store(group=group, name="schema", node=settings_schema(settings))
    _registered = True


def compose(overrides: Sequence[str] = (), config_name: str = "train",
            config_dir: str = CONFIG_DIR) -> DictConfig:
    """``config_name`` (default ``train.yaml``) composed with ``overrides``, as
    ``creditkit-train`` would see it. Works from inside a running Hydra app (e.g.
    ``creditkit-sotopia-rl``, whose own search path is left as it was) or outside any.

    Args:
        overrides: Hydra overrides, e.g. ``["estimator=gigpo", "trainer.steps=3"]``.
        config_name: the primary config file (without ``.yaml``) in ``config_dir``.
        config_dir: the config folder; default :data:`CONFIG_DIR`.
    """
    from hydra import compose as hydra_compose
    from hydra import initialize_config_dir
    from hydra.core.global_hydra import GlobalHydra
    from hydra.initialize import get_gh_backup, restore_gh_from_backup

    register()
    running = GlobalHydra.instance().is_initialized()
    backup = get_gh_backup() if running else None
    if running:
        GlobalHydra.instance().clear()
    try:
        with initialize_config_dir(config_dir, version_base="1.3"):
            return hydra_compose(config_name, overrides=list(overrides))
    finally:
        if running:
            restore_gh_from_backup(backup)


def build(cfg: DictConfig, group: str) -> Any:
    """Instantiate one config group of a composed config.

    ``env`` gives a checked environment factory (every keyword type-checked against the env's
    signature, see :mod:`creditkit.models.settings_check`); ``estimator`` and ``shaper`` are
    built as plain objects (lists and dicts, not OmegaConf containers); the settings groups
    (``policy``, ``rollout``, ``trainer``) give their dataclasses, ``engine`` its engine.

    Args:
        cfg: a config from :func:`compose` (or one loaded from a run's ``hydra/config.yaml``).
        group: one of :data:`GROUPS`.
    """
    from hydra.utils import instantiate

    from creditkit.models.settings_check import checked_factory

    if group not in GROUPS:
        raise ValueError(f"group={group!r}: not a config group; choose from {', '.join(GROUPS)}")
    register()
    missing = OmegaConf.missing_keys(cfg[group])
    if missing:  # instantiate would pass the field's default instead
        raise ValueError(f"{', '.join(sorted(missing))}: no value (??? in the config); set it "
                         f"on the command line, e.g. {sorted(missing)[0]}=...")
    if group == "env":
        return checked_factory(instantiate(cfg.env), "env")
    if group in ("estimator", "shaper"):
        return instantiate(cfg[group], _convert_="object")
    return instantiate(cfg[group])


def build_estimator(option: str) -> Any:
    """A new estimator from the ``estimator`` config group's option ``option`` (its
    ``defaults:`` list applied, as in a training run)."""
    if option not in estimator_options():
        raise ValueError(f"estimator {option!r}: no such option; choose from "
                         f"{', '.join(estimator_options())}")
    return build(compose([f"estimator={option}", "output_dir=unused"]), "estimator")


def estimator_options() -> list[str]:
    """The options of the ``estimator`` config group."""
    return sorted(path.stem for path in (Path(CONFIG_DIR) / "estimator").glob("*.yaml"))


def build_trainer(cfg: DictConfig, estimator: Any = None) -> Any:
    """Every group of a composed config instantiated, and the trainer over them.

    Args:
        cfg: a config from :func:`compose`.
        estimator: an estimator object to use instead of ``cfg.estimator``'s (e.g. one built
            in Python).

    Returns:
        a :class:`~creditkit.train.trainer.Trainer`.
    """
    from transformers.utils import logging as hf_logging

    from creditkit.train.trainer import Trainer

    hf_logging.disable_progress_bar()
    logging.getLogger("accelerate").setLevel(logging.WARNING)
    # tied input/output embeddings make every save log "Removed shared tensor"; it is benign
    logging.getLogger("accelerate.utils.other").setLevel(logging.ERROR)
    return Trainer(
        env=build(cfg, "env"),
        estimator=build(cfg, "estimator") if estimator is None else estimator,
        shaper=build(cfg, "shaper"), policy=build(cfg, "policy"),
        rollout=build(cfg, "rollout"), trainer=build(cfg, "trainer"),
        output_dir=cfg.output_dir, seed=cfg.seed, resume=cfg.resume, replace=cfg.replace,
        show_progress=cfg.progress, engine=build(cfg, "engine"),
    )


def record_run(cfg: DictConfig, run_dir: Path) -> logging.Handler:
    """Write ``RUN_DIR/hydra/config.yaml`` (the composed config, ``output_dir`` resolved) and
    ``overrides.yaml`` (the command line's overrides) and log to ``RUN_DIR/train.log``: done by
    ``creditkit-train`` once its trainer holds the run folder, never by a refused second run."""
    from hydra.core.hydra_config import HydraConfig

    folder = run_dir / "hydra"
    folder.mkdir(parents=True, exist_ok=True)
    saved = OmegaConf.merge(cfg, {"output_dir": str(cfg.output_dir)})
    staged = folder / "config.yaml.tmp"
    OmegaConf.save(saved, staged)
    staged.replace(folder / "config.yaml")
    overrides = list(HydraConfig.get().overrides.task) if HydraConfig.initialized() else []
    (folder / "overrides.yaml").write_text(OmegaConf.to_yaml(overrides))
    handler = logging.FileHandler(run_dir / "train.log")
    handler.setFormatter(logging.Formatter("[%(asctime)s][%(name)s][%(levelname)s] - %(message)s"))
    logging.getLogger().addHandler(handler)
    return handler
